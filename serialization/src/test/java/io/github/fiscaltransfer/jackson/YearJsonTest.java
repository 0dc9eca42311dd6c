package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import io.github.fiscaltransfer.performance.SeedTargetTables;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.subject.Subject;
import java.time.Year;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Years in JSON ({@code fiscalYear}, {@code year}, {@code fundsYear}) are the schema's JSON integer from 1 to 9999,
 * nothing else: issue #19 defect 1 (an exponent that expands to a billion digits) and defect 8 (loose years
 * silently normalised).
 */
class YearJsonTest {

  private static final String REASON =
      ": a year is a JSON integer from 1 to 9999 such as 2022 (no quotes, fraction, exponent or sign)";

  private static Grant grant(int year) {
    return Grant.builder().name("补助").fiscalYear(Year.of(year)).fundingSource(FundingSource.CENTRAL)
        .expenditureSubject(Subject.parse("21015")).build();
  }

  /** Replaces the first {@code "field":digits} of a written document with a literal. */
  private static String replace(String json, String field, String literal) {
    String changed = json.replaceFirst("\"" + field + "\":\\d+", "\"" + field + "\":" + Matcher.quoteReplacement(literal));
    assertNotEquals(json, changed, "no " + field + " in " + json);
    return changed;
  }

  private static void refused(String json, Class<?> type, String pointer, String echoed) {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> Mappers.newMapper().readValue(json, type));
    assertTrue(e.getMessage().startsWith("Cannot read Year at " + pointer + " from \"" + echoed + "\"" + REASON),
        e::getMessage);
    assertTrue(e.getMessage().length() < 500, () -> "message of " + e.getMessage().length() + " characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+999999999", "1e-999999999", "-1E+999999999", "\"1E+999999999\"", "\"1e-999999999\""})
  void aHugeExponentIsRefusedBeforeItIsExpanded(String literal) {
    String echoed = literal.replace("\"", "");
    refused(replace(Mappers.write(grant(2022)), "fiscalYear", literal), Grant.class, "/fiscalYear", echoed);
    refused(replace(Mappers.write(SeedTargetTables.guangdong2022()), "year", literal), PerformanceTargetTable.class,
        "/year", echoed);
    SelfEvaluation evaluation = SeedSelfEvaluations.jiangmen2022();
    refused(replace(Mappers.write(evaluation), "year", literal), SelfEvaluation.class, "/year", echoed);
    refused(replace(Mappers.write(evaluation), "fundsYear", literal), SelfEvaluation.class,
        "/budgetLines/0/fundsYear", echoed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2.022E3|2.022E3", "\"2022\"|2022", "0E-5|0E-5", "0|0", "-2022|-2022",
      "2022.5|2022.5", "2022.0|2022.0", "10000|10000", "2022e0|2022e0", "true|true", "[2022]|[", "{}|{"})
  void aLooseYearIsRefusedNotNormalised(String literal, String echoed) {
    refused(replace(Mappers.write(grant(2022)), "fiscalYear", literal), Grant.class, "/fiscalYear", echoed);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 9, 999, 2022, 9999})
  void everyYearFrom1To9999IsWrittenAsAnIntegerAndReadBack(int year) {
    String json = Mappers.write(grant(year));
    assertTrue(json.contains("\"fiscalYear\":" + year + ","), json);
    assertEquals(grant(year), Mappers.read(json, Grant.class));
  }
}
