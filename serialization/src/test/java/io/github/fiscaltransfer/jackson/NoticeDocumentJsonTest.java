package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.EqualsContract;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import io.github.fiscaltransfer.performance.SeedTargetTables;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.InputStream;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The envelope of a seed file: {@code $schema} and a notice with its targets, or a self-evaluation. */
class NoticeDocumentJsonTest {

  private static final String EVALUATION = Mappers.write(SeedSelfEvaluations.jiangmen2022());
  private static final String SCHEMA = "{\"$schema\":\"" + DocumentFormat.SCHEMA_ID + "\",";
  /** A small notice of 194万元, with no table. */
  static final TransferNotice NOTICE = TransferNotice.builder().title("关于下达补助资金的通知")
      .issuer(UnitRegistry.builtIn().byName("江门市").orElseThrow()).issuingAuthority("江门市财政局")
      .kind(NoticeKind.FORMAL).addAllocations(GrantAllocation.of(Grant.builder().name("补助").fiscalYear(Year.of(2023))
          .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse("21015")).build(),
          PrintedAmount.parse("194万元")))
      .build();

  @Test
  void writesTheSchemaIdAndTheSelfEvaluation() {
    NoticeDocument document = NoticeDocument.of(SeedSelfEvaluations.jiangmen2022());
    assertEquals(SCHEMA + "\"selfEvaluation\":" + EVALUATION + "}", Mappers.write(document));
    assertEquals(document, Mappers.read(Mappers.write(document), NoticeDocument.class));
  }

  @Test
  void theSchemaIdIsOptionalOnReading() {
    NoticeDocument document = Mappers.read("{\"selfEvaluation\":" + EVALUATION + "}", NoticeDocument.class);
    assertEquals(SeedSelfEvaluations.jiangmen2022(), document.selfEvaluation().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}|Cannot read NoticeDocument at (root): A document holds either a notice or a self-evaluation, not neither",
      "{\"$schema\":\"x\"}|Cannot read NoticeDocument at /$schema: Unknown schema 'x'",
      "{\"targets\":[],\"selfEvaluation\":EVALUATION}|Cannot read NoticeDocument at (root): A self-evaluation's"
          + " document has no target tables"})
  void rejectsAnEnvelopeThatIsNotOneDocument(String json, String message) {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue(json.replace("EVALUATION", EVALUATION), NoticeDocument.class));
    assertTrue(e.getMessage().startsWith(message), e::getMessage);
  }

  @Test
  void theSchemaIsAClassPathResourceWithTheWrittenId() throws Exception {
    try (InputStream in = DocumentFormat.class.getResourceAsStream(DocumentFormat.SCHEMA_RESOURCE)) {
      assertEquals(DocumentFormat.SCHEMA_ID, Mappers.newMapper().readTree(in).get("$id").asText());
    }
  }

  @Test
  void equalityCountsEveryPart() {
    SelfEvaluation evaluation = SeedSelfEvaluations.jiangmen2022();
    PerformanceTargetTable table = SeedTargetTables.guangdong2022();
    EqualsContract.check(NoticeDocument.of(evaluation), NoticeDocument.of(SeedSelfEvaluations.jiangmen2022()),
        NoticeDocument.of(SelfEvaluation.builder().from(evaluation).year(Year.of(2023)).build()),
        NoticeDocument.of(NOTICE, List.of()), NoticeDocument.of(NOTICE, List.of(table)));
    EqualsContract.check(NoticeDocument.of(NOTICE, List.of(table)),
        NoticeDocument.of(NOTICE, List.of(SeedTargetTables.guangdong2022())), NoticeDocument.of(NOTICE, List.of()));
  }

  static Stream<Arguments> schemaEnums() {
    return Stream.of(
        Arguments.of("/$defs/transferNotice/properties/urgency/enum", ids(Urgency.values())),
        Arguments.of("/$defs/transferNotice/properties/kind/enum",
            ids(NoticeKind.values())),
        Arguments.of("/$defs/grant/properties/fundingSource/enum",
            ids(FundingSource.values())),
        Arguments.of("/$defs/level1/enum", ids(IndicatorLevel1.values())),
        Arguments.of("/$defs/budgetLine/properties/source/enum",
            ids(BudgetSource.values())),
        Arguments.of("/$defs/selfEvaluation/properties/statedGrade/enum", ids(Grade.values())),
        Arguments.of("/$defs/allocationTable/properties/unit/enum",
            Stream.of(AmountUnit.values()).map(AmountUnit::label).toList()));
  }

  private static <E extends Enum<E>> List<String> ids(E[] constants) {
    return Stream.of(constants).map(constant -> Mappers.newMapper().convertValue(constant, String.class)).toList();
  }

  @ParameterizedTest
  @MethodSource("schemaEnums")
  void theSchemaListsExactlyTheIdsTheModuleWrites(String pointer, List<String> ids) throws Exception {
    try (InputStream in = DocumentFormat.class.getResourceAsStream(DocumentFormat.SCHEMA_RESOURCE)) {
      JsonNode values = Mappers.newMapper().readTree(in).at(pointer);
      assertEquals(ids, StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList());
    }
  }
}
