package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compatibility policy of docs/json-compatibility.md: documents of previous versions (fixtures under
 * {@code v0.1/}, written by fiscal-transfer 0.1.0 before the format was versioned 1.0, and under {@code v1.0/}, before
 * 1.1 added a table's precision) read, and a newer minor version's properties are reported, never dropped.
 */
class DocumentCompatibilityTest {

  private static final String VERSION_10_SCHEMA_ID = version("/1.0/");

  /** The $schema of another version of the notice-document format, given as {@code /1.0/}. */
  private static String version(String version) {
    return DocumentFormat.SCHEMA_ID.replace("/" + DocumentFormat.MAJOR + "." + DocumentFormat.MINOR + "/", version);
  }

  private static String fixture(String name) {
    return fixture("v0.1", name);
  }

  private static String fixture(String version, String name) {
    try (InputStream in = DocumentCompatibilityTest.class.getResourceAsStream("/io/github/fiscaltransfer/jackson/"
        + version + "/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalised(NoticeDocument document) throws IOException {
    return Mappers.newMapper().writer(FiscalTransferMappers.prettyPrinter()).writeValueAsString(document) + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"000-guangdong-307.json", "003-jiangmen-self-evaluation-2022.json"})
  void aVersion01DocumentReadsAndIsRewrittenWithOnlyItsSchemaChanged(String name) throws IOException {
    String old = fixture(name);
    assertTrue(old.contains("\"$schema\": \"" + DocumentFormat.PREVIOUS_SCHEMA_ID + "\""), "a 0.1 document");
    NoticeDocument document = Mappers.read(old, NoticeDocument.class);
    assertEquals(old.replace(DocumentFormat.PREVIOUS_SCHEMA_ID, DocumentFormat.SCHEMA_ID), normalised(document));
  }

  /** Version 1.1 added a table's {@code precision}: a 1.0 table has none, and reads as exact. */
  @Test
  void aVersion10DocumentReadsItsTablesAsExactAndIsRewrittenWithOnlyItsSchemaChanged() throws IOException {
    String old = fixture("v1.0", "000-guangdong-307.json");
    assertTrue(old.contains("\"$schema\": \"" + VERSION_10_SCHEMA_ID + "\""), "a 1.0 document");
    NoticeDocument document = Mappers.read(old, NoticeDocument.class);
    AllocationTable table = document.notice().orElseThrow().allocations().get(0).table().orElseThrow();
    assertEquals(Precision.exact(), table.precision());
    assertEquals(old.replace(VERSION_10_SCHEMA_ID, DocumentFormat.SCHEMA_ID), normalised(document));
  }

  @Test
  void theVersion01SelfEvaluationIsSeed003() {
    NoticeDocument document = Mappers.read(fixture("003-jiangmen-self-evaluation-2022.json"), NoticeDocument.class);
    assertEquals(SeedSelfEvaluations.jiangmen2022(), document.selfEvaluation().orElseThrow());
  }

  @Test
  void theVersion01NoticeKeepsSeed000sPrintedFigures() {
    NoticeDocument document = Mappers.read(fixture("000-guangdong-307.json"), NoticeDocument.class);
    TransferNotice notice = document.notice().orElseThrow();
    assertEquals("粤财社〔2021〕307号", notice.number().orElseThrow().toString());
    AllocationTable table = notice.allocations().get(0).table().orElseThrow();
    assertEquals(PrintedAmount.parse("10,831万元"), table.declaredTotal());
    assertEquals(21, table.lines().size());
    assertEquals(PrintedAmount.parse("196万元"), table.line("江门市").orElseThrow().amount());
    assertEquals(PrintedAmount.parse("6,800万元"), table.line("省级留用").orElseThrow().amount());
    assertEquals(1, document.targets().size());
  }

  @Test
  void aNewerMinorVersionIsReadAndItsUnknownPropertyIsReportedNotDropped() {
    String newer = fixture("003-jiangmen-self-evaluation-2022.json")
        .replace(DocumentFormat.PREVIOUS_SCHEMA_ID, version("/1.7/"));
    assertEquals(SeedSelfEvaluations.jiangmen2022(),
        Mappers.read(newer, NoticeDocument.class).selfEvaluation().orElseThrow());
    String withProperty = newer.replace("\"year\": 2022,", "\"year\": 2022,\n    \"auditedBy\": \"江门市审计局\",");
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> Mappers.newMapper().readValue(withProperty, NoticeDocument.class));
    assertEquals("auditedBy", e.getPropertyName());
    assertTrue(e.getMessage().contains("\"auditedBy\""), e::getMessage);
  }

  @Test
  void anotherMajorVersionIsRefused() {
    String newer = fixture("003-jiangmen-self-evaluation-2022.json")
        .replace(DocumentFormat.PREVIOUS_SCHEMA_ID, version("/2.0/"));
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue(newer, NoticeDocument.class));
    assertTrue(e.getMessage().startsWith("Cannot read NoticeDocument at /$schema: Unknown schema "
        + "'https://fiscal-transfer.github.io/schemas/notice-document/2.…(89 chars)' (this library reads"
        + " notice-document 1.x and writes " + DocumentFormat.SCHEMA_ID + ")"), e::getMessage);
  }

  @Test
  void theSchemasReadAreTheMajorsMinorsAndThePreviousName() {
    assertTrue(DocumentFormat.reads(DocumentFormat.SCHEMA_ID));
    assertTrue(DocumentFormat.reads(DocumentFormat.PREVIOUS_SCHEMA_ID));
    assertTrue(DocumentFormat.reads(version("/1.12/")));
    assertFalse(DocumentFormat.reads(version("/1./")));
    assertFalse(DocumentFormat.reads(version("/1.x/")));
    assertFalse(DocumentFormat.reads(version("/0.2/")));
    assertFalse(DocumentFormat.reads(version("/10.0/")));
    assertFalse(DocumentFormat.reads(DocumentFormat.SCHEMA_ID + " "));
  }
}
