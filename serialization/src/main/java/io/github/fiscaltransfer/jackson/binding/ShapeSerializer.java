package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.performance.Funding;
import io.github.fiscaltransfer.evaluation.IndicatorScore;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.ScoringWeights;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.io.Serializable;
import java.util.function.Function;

/**
 * Writes a composite value as its JSON shape (a record such as {@code TransferNoticeJson} whose fields Jackson
 * writes): one shared, stateless instance per type, such as {@link #TRANSFER_NOTICE}.
 *
 * @param <T> the type written
 */
final class ShapeSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /** Writes {@link Grant}. */
  public static final ShapeSerializer<Grant> GRANT = new ShapeSerializer<>(Grant.class, GrantJson::of);
  /** Writes any {@link Recipient}, including a {@code FiscalUnit}: name, and code where the unit has one. */
  public static final ShapeSerializer<Recipient> RECIPIENT = new ShapeSerializer<>(Recipient.class, UnitJson::of);
  /** Writes {@link AllocationLine}. */
  public static final ShapeSerializer<AllocationLine> ALLOCATION_LINE =
      new ShapeSerializer<>(AllocationLine.class, AllocationLineJson::of);
  /** Writes {@link AllocationTable}. */
  public static final ShapeSerializer<AllocationTable> ALLOCATION_TABLE =
      new ShapeSerializer<>(AllocationTable.class, AllocationTableJson::of);
  /** Writes {@link GrantAllocation}. */
  public static final ShapeSerializer<GrantAllocation> GRANT_ALLOCATION =
      new ShapeSerializer<>(GrantAllocation.class, GrantAllocationJson::of);
  /** Writes {@link DocumentReference}. */
  public static final ShapeSerializer<DocumentReference> DOCUMENT_REFERENCE =
      new ShapeSerializer<>(DocumentReference.class, DocumentReferenceJson::of);
  /** Writes {@link TransferNotice}. */
  public static final ShapeSerializer<TransferNotice> TRANSFER_NOTICE =
      new ShapeSerializer<>(TransferNotice.class, TransferNoticeJson::of);
  /** Writes {@link Funding}. */
  public static final ShapeSerializer<Funding> FUNDING = new ShapeSerializer<>(Funding.class, FundingJson::of);
  /** Writes {@link PerformanceIndicator}. */
  public static final ShapeSerializer<PerformanceIndicator> PERFORMANCE_INDICATOR =
      new ShapeSerializer<>(PerformanceIndicator.class, PerformanceIndicatorJson::of);
  /** Writes {@link PerformanceTargetTable}. */
  public static final ShapeSerializer<PerformanceTargetTable> PERFORMANCE_TARGET_TABLE =
      new ShapeSerializer<>(PerformanceTargetTable.class, PerformanceTargetTableJson::of);
  /** Writes {@link BudgetLine}. */
  public static final ShapeSerializer<BudgetLine> BUDGET_LINE =
      new ShapeSerializer<>(BudgetLine.class, BudgetLineJson::of);
  /** Writes {@link IndicatorScore}. */
  public static final ShapeSerializer<IndicatorScore> INDICATOR_SCORE =
      new ShapeSerializer<>(IndicatorScore.class, IndicatorScoreJson::of);
  /** Writes {@link ScoringWeights}. */
  public static final ShapeSerializer<ScoringWeights> SCORING_WEIGHTS =
      new ShapeSerializer<>(ScoringWeights.class, ScoringWeightsJson::of);
  /** Writes {@link SelfEvaluation}. */
  public static final ShapeSerializer<SelfEvaluation> SELF_EVALUATION =
      new ShapeSerializer<>(SelfEvaluation.class, SelfEvaluationJson::of);

  /** Writes {@link Finding}. */
  public static final ShapeSerializer<Finding> FINDING = new ShapeSerializer<>(Finding.class, FindingJson::of);
  /** Writes {@link ValidationReport}. */
  public static final ShapeSerializer<ValidationReport> VALIDATION_REPORT =
      new ShapeSerializer<>(ValidationReport.class, ValidationReportJson::of);

  /** Writes {@link NoticeDocument}, the envelope of a seed file. */
  public static final ShapeSerializer<NoticeDocument> NOTICE_DOCUMENT =
      new ShapeSerializer<>(NoticeDocument.class, NoticeDocumentJson::of);

  /** A shape function that can be serialized with the module. */
  private interface Shaper<T> extends Function<T, Object>, Serializable {
  }

  private final Shaper<T> shape;

  private ShapeSerializer(Class<T> type, Shaper<T> shape) {
    super(type);
    this.shape = shape;
  }

  /**
   * Writes the value's shape.
   *
   * @param value the value, not null
   * @param gen the generator
   * @param provider the provider
   * @throws IOException if writing fails
   */
  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    provider.defaultSerializeValue(shape.apply(value), gen);
  }
}
