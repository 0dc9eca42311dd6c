package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import java.util.List;

/**
 * The JSON envelope of a {@link NoticeDocument}: {@code $schema} (written as
 * {@link JsonBindings#SCHEMA_ID}; on reading optional, or one {@link JsonBindings#reads}), and either {@code notice} with optional {@code targets}, or
 * {@code selfEvaluation}.
 *
 * @param schema the schema id
 * @param notice the notice, or null
 * @param targets the target tables, or null (written only with a notice)
 * @param selfEvaluation the self-evaluation, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "notice", "targets", "selfEvaluation"})
record NoticeDocumentJson(@JsonProperty("$schema") String schema, TransferNotice notice,
    List<PerformanceTargetTable> targets, SelfEvaluation selfEvaluation) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  NoticeDocumentJson {
    targets = Shapes.view(targets);
  }

  /**
   * Returns the envelope of a document.
   *
   * @param document the document, not null
   * @return its JSON shape, not null
   */
  static NoticeDocumentJson of(NoticeDocument document) {
    return new NoticeDocumentJson(JsonBindings.SCHEMA_ID, document.notice().orElse(null),
        document.notice().isPresent() ? document.targets() : null, document.selfEvaluation().orElse(null));
  }

  NoticeDocument toDocument() {
    if (schema != null && !JsonBindings.reads(schema)) {
      throw new PartFailure("/$schema", new IllegalArgumentException("Unknown schema '" + Failures.echo(schema)
          + "' (this library reads notice-document " + JsonBindings.MAJOR + ".x and writes "
          + JsonBindings.SCHEMA_ID + ")"));
    }
    if ((notice == null) == (selfEvaluation == null)) {
      throw new IllegalArgumentException("A document holds either a notice or a self-evaluation, not "
          + (notice == null ? "neither" : "both"));
    }
    if (notice == null) {
      if (targets != null) {
        throw new IllegalArgumentException("A self-evaluation's document has no target tables");
      }
      return NoticeDocument.of(selfEvaluation);
    }
    return NoticeDocument.of(notice, Shapes.each("targets", targets));
  }
}
