package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fiscaltransfer.performance.SeedSelfEvaluations;
import io.github.fiscaltransfer.performance.SelfEvaluation;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The envelope of a seed file: {@code $schema} and a notice with its targets, or a self-evaluation. */
class NoticeDocumentJsonTest {

  private static final String EVALUATION = Mappers.write(SeedSelfEvaluations.jiangmen2022());
  private static final String SCHEMA = "{\"$schema\":\"" + NoticeDocument.SCHEMA_ID + "\",";

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
    try (InputStream in = NoticeDocument.class.getResourceAsStream(NoticeDocument.SCHEMA_RESOURCE)) {
      assertEquals(NoticeDocument.SCHEMA_ID, Mappers.newMapper().readTree(in).get("$id").asText());
    }
  }

  @Test
  void equalityCountsEveryPart() {
    SelfEvaluation evaluation = SeedSelfEvaluations.jiangmen2022();
    assertEquals(NoticeDocument.of(evaluation), NoticeDocument.of(evaluation));
    assertEquals(NoticeDocument.of(evaluation).hashCode(), NoticeDocument.of(evaluation).hashCode());
  }
}
