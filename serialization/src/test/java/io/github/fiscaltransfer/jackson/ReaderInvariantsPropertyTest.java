package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import io.github.fiscaltransfer.performance.SeedTargetTables;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.ExactDepartment;
import io.github.fiscaltransfer.testing.NoticeDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Two invariants of every JSON reader (#19): a number is bounded before anything expands it, and is read as
 * written or refused, never normalised (nor truncated: #35 added the department budget's year, scale and figures);
 * and no property is dropped silently, wherever it stands.
 */
class ReaderInvariantsPropertyTest {

  /** A generated department budget (#35: its JSON once truncated fractions and normalised figures). */
  private static final DepartmentBudget BUDGET = BudgetPrinter.of(ExactDepartment.small(), BudgetDomain.CATALOG)
      .print();

  /** A number-holding field of a written document: the document, the field, and the JSON type to read. */
  enum NumberField {
    FISCAL_YEAR(Mappers.write(NoticeDocumentJsonTest.NOTICE), "fiscalYear", TransferNotice.class),
    TARGET_YEAR(Mappers.write(SeedTargetTables.guangdong2022()), "year",
        io.github.fiscaltransfer.performance.PerformanceTargetTable.class),
    EVALUATION_YEAR(Mappers.write(SeedSelfEvaluations.jiangmen2022()), "year", SelfEvaluation.class),
    FUNDS_YEAR(Mappers.write(SeedSelfEvaluations.jiangmen2022()), "fundsYear", SelfEvaluation.class),
    FIGURE(Mappers.write(NoticeDocumentJsonTest.NOTICE), "figure", TransferNotice.class),
    BUDGET_YEAR(Mappers.write(BUDGET), "year", DepartmentBudget.class),
    BUDGET_SCALE(Mappers.write(BUDGET), "scale", DepartmentBudget.class),
    BUDGET_FIGURE(Mappers.write(BUDGET), "currentExpenditure", DepartmentBudget.class);

    private final String json;
    private final Pattern value;
    private final Class<?> type;

    NumberField(String json, String field, Class<?> type) {
      this.json = json;
      this.value = Pattern.compile("\"" + field + "\":(\"[^\"]*\"|[0-9]+)");
      this.type = type;
    }

    String with(String literal) {
      Matcher matcher = value.matcher(json);
      assertTrue(matcher.find(), json);
      return json.substring(0, matcher.start(1)) + literal + json.substring(matcher.end(1));
    }

    /** The text the document holds for the field after a round trip, unquoted. */
    String writtenBack(Object read) {
      Matcher matcher = value.matcher(Mappers.write(read));
      assertTrue(matcher.find());
      return matcher.group(1).replace("\"", "");
    }
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> sign = Arbitraries.of("", "-", "+");
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20)
        .map(text -> "." + text).injectNull(0.5);
    Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E", "e+", "E-"),
        Arbitraries.integers().between(0, 999_999_999)).as((e, n) -> e + n).injectNull(0.5);
    Arbitrary<String> number = Combinators.combine(sign, digits, fraction, exponent)
        .as((s, d, f, e) -> s + d + (f == null ? "" : f) + (e == null ? "" : e));
    return Combinators.combine(number, Arbitraries.of(false, true)).as((n, quoted) -> quoted ? "\"" + n + "\"" : n);
  }

  @Property(tries = 500)
  void aNumberIsReadAsWrittenOrRefusedBriefly(@ForAll("numbers") String literal, @ForAll NumberField field) {
    String json = field.with(literal);
    Object read;
    try {
      read = Mappers.newMapper().readValue(json, field.type);
    } catch (JsonProcessingException e) {
      assertTrue(e.getMessage().length() < 1_000, () -> "a message of " + e.getMessage().length() + " characters");
      Statistics.label("read").collect("refused");
      return;
    }
    assertEquals(literal.replace("\"", ""), field.writtenBack(read), "read as written, not normalised");
    Statistics.label("read").collect("accepted");
    Statistics.label("read").coverage(coverage -> coverage.check("accepted").count(count -> count > 0));
  }

  @Property(tries = 200)
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void anUnknownPropertyAnywhereIsReportedNotDropped(@ForAll TransferNotice notice,
      @ForAll @IntRange(max = 10_000) int where) throws Exception {
    JsonNode tree = Mappers.newMapper().valueToTree(NoticeDocument.of(notice, List.of()));
    List<ObjectNode> objects = new ArrayList<>();
    collect(tree, objects);
    ObjectNode target = objects.get(where % objects.size());
    target.put("dropped", "丢失");
    String json = Mappers.newMapper().writeValueAsString(tree);
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> Mappers.newMapper().readValue(json, NoticeDocument.class));
    assertTrue(e.getMessage().contains("dropped"), e::getMessage);
    Statistics.label("depth of the object").collect(Math.min(depth(tree, target), 4));
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    node.forEach(child -> collect(child, objects));
  }

  private static int depth(JsonNode node, JsonNode target) {
    if (node == target) {
      return 0;
    }
    for (JsonNode child : node) {
      int below = depth(child, target);
      if (below >= 0) {
        return below + 1;
      }
    }
    return -1;
  }
}
