package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.util.function.BiFunction;

/**
 * Reads a composite value from its JSON shape (a record such as {@code TransferNoticeJson} that Jackson binds, so
 * a wrong token, an unknown or repeated field is reported by Jackson with its path), then builds the value through
 * its public builder or factory so that the type's own rules apply. A broken rule becomes a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} naming the type, the JSON Pointer of the part
 * that broke it and the domain's reason, with the domain exception as its cause.
 *
 * <p>Types whose units are resolved through a {@link UnitResolver} have one instance per resolver; the others share
 * an instance, such as {@link #GRANT}. A {@link Recipient}, {@link AllocationLine} or {@link AllocationTable} read
 * on its own is resolved against the issuer set as the reader attribute {@link #ISSUER}.
 *
 * @param <S> the shape read
 * @param <T> the type built
 */
final class ShapeDeserializer<S, T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** The reader attribute naming the issuer ({@link FiscalUnit}) of a table, line or recipient read on its own. */
  public static final String ISSUER = "io.github.fiscaltransfer.issuer";

  /** Reads {@link Grant}. */
  public static final ShapeDeserializer<?, Grant> GRANT =
      new ShapeDeserializer<>(Grant.class, GrantJson.class, (json, ctxt) -> json.toGrant());
  /** Reads {@link DocumentReference}. */
  public static final ShapeDeserializer<?, DocumentReference> DOCUMENT_REFERENCE =
      new ShapeDeserializer<>(DocumentReference.class, DocumentReferenceJson.class,
          (json, ctxt) -> json.toReference());
  /** Reads {@link Funding}. */
  public static final ShapeDeserializer<?, Funding> FUNDING =
      new ShapeDeserializer<>(Funding.class, FundingJson.class, (json, ctxt) -> json.toFunding());
  /** Reads {@link PerformanceIndicator}. */
  public static final ShapeDeserializer<?, PerformanceIndicator> PERFORMANCE_INDICATOR =
      new ShapeDeserializer<>(PerformanceIndicator.class, PerformanceIndicatorJson.class,
          (json, ctxt) -> json.toIndicator());
  /** Reads {@link PerformanceTargetTable}. */
  public static final ShapeDeserializer<?, PerformanceTargetTable>
      PERFORMANCE_TARGET_TABLE = new ShapeDeserializer<>(PerformanceTargetTable.class,
          PerformanceTargetTableJson.class, (json, ctxt) -> json.toTable());
  /** Reads {@link BudgetLine}. */
  public static final ShapeDeserializer<?, BudgetLine> BUDGET_LINE =
      new ShapeDeserializer<>(BudgetLine.class, BudgetLineJson.class, (json, ctxt) -> json.toLine());
  /** Reads {@link IndicatorScore}. */
  public static final ShapeDeserializer<?, IndicatorScore> INDICATOR_SCORE =
      new ShapeDeserializer<>(IndicatorScore.class, IndicatorScoreJson.class, (json, ctxt) -> json.toScore());
  /** Reads {@link ScoringWeights}. */
  public static final ShapeDeserializer<?, ScoringWeights> SCORING_WEIGHTS =
      new ShapeDeserializer<>(ScoringWeights.class, ScoringWeightsJson.class, (json, ctxt) -> json.toWeights());
  /** Reads {@link SelfEvaluation}. */
  public static final ShapeDeserializer<?, SelfEvaluation> SELF_EVALUATION =
      new ShapeDeserializer<>(SelfEvaluation.class, SelfEvaluationJson.class, (json, ctxt) -> json.toEvaluation());
  /** Reads {@link Finding}. */
  public static final ShapeDeserializer<?, Finding> FINDING =
      new ShapeDeserializer<>(Finding.class, FindingJson.class, (json, ctxt) -> json.toFinding());
  /** Reads {@link ValidationReport}. */
  public static final ShapeDeserializer<?, ValidationReport> VALIDATION_REPORT =
      new ShapeDeserializer<>(ValidationReport.class, ValidationReportJson.class, (json, ctxt) -> json.toReport());
  /** Reads {@link NoticeDocument}, the envelope of a seed file. */
  public static final ShapeDeserializer<?, NoticeDocument> NOTICE_DOCUMENT =
      new ShapeDeserializer<>(NoticeDocument.class, NoticeDocumentJson.class, (json, ctxt) -> json.toDocument());

  /** Builds a value from its shape; can be serialized with the module. */
  private interface Build<S, T> extends BiFunction<S, DeserializationContext, T>, Serializable {
  }

  private final Class<T> type;
  private final Class<S> shape;
  private final Build<S, T> build;

  private ShapeDeserializer(Class<T> type, Class<S> shape, Build<S, T> build) {
    super(type);
    this.type = type;
    this.shape = shape;
    this.build = build;
  }

  /**
   * Returns a deserializer of {@link FiscalUnit}s, which must be known to the resolver's registry.
   *
   * @param units the resolver, not null
   * @return the deserializer, not null
   */
  public static ShapeDeserializer<?, FiscalUnit> fiscalUnit(UnitResolver units) {
    return new ShapeDeserializer<>(FiscalUnit.class, UnitJson.class, (json, ctxt) -> units.unit(json));
  }

  /**
   * Returns a deserializer of {@link Recipient}s, resolved against the {@link #ISSUER} attribute.
   *
   * @param units the resolver, not null
   * @return the deserializer, not null
   */
  public static ShapeDeserializer<?, Recipient> recipient(UnitResolver units) {
    return new ShapeDeserializer<>(Recipient.class, UnitJson.class,
        (json, ctxt) -> units.recipient(json, issuer(ctxt)));
  }

  /**
   * Returns a deserializer of {@link AllocationLine}s, resolved against the {@link #ISSUER} attribute.
   *
   * @param units the resolver, not null
   * @return the deserializer, not null
   */
  public static ShapeDeserializer<?, AllocationLine> allocationLine(UnitResolver units) {
    return new ShapeDeserializer<>(AllocationLine.class, AllocationLineJson.class,
        (json, ctxt) -> json.toLine(units, issuer(ctxt)));
  }

  /**
   * Returns a deserializer of {@link AllocationTable}s, resolved against the {@link #ISSUER} attribute.
   *
   * @param units the resolver, not null
   * @return the deserializer, not null
   */
  public static ShapeDeserializer<?, AllocationTable> allocationTable(UnitResolver units) {
    return new ShapeDeserializer<>(AllocationTable.class, AllocationTableJson.class,
        (json, ctxt) -> json.toTable(units, issuer(ctxt)));
  }

  /**
   * Returns a deserializer of {@link GrantAllocation}s, resolved against the {@link #ISSUER} attribute.
   *
   * @param units the resolver, not null
   * @return the deserializer, not null
   */
  public static ShapeDeserializer<?, GrantAllocation> grantAllocation(UnitResolver units) {
    return new ShapeDeserializer<>(GrantAllocation.class, GrantAllocationJson.class,
        (json, ctxt) -> json.toAllocation(units, issuer(ctxt)));
  }

  /**
   * Returns a deserializer of {@link TransferNotice}s, whose tables are resolved against the notice's issuer.
   *
   * @param units the resolver, not null
   * @return the deserializer, not null
   */
  public static ShapeDeserializer<?, TransferNotice> transferNotice(UnitResolver units) {
    return new ShapeDeserializer<>(TransferNotice.class, TransferNoticeJson.class,
        (json, ctxt) -> json.toNotice(units));
  }

  private static FiscalUnit issuer(DeserializationContext ctxt) {
    if (ctxt.getAttribute(ISSUER) instanceof FiscalUnit issuer) {
      return issuer;
    }
    throw new IllegalArgumentException("read on its own, it needs its issuer: set the reader attribute "
        + "FiscalTransferModule.ISSUER to the FiscalUnit whose table prints it");
  }

  /**
   * Returns the type this builds.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads the shape and builds the value.
   *
   * @param p the parser, on the value
   * @param ctxt the context
   * @return the value, not null
   * @throws IOException if the JSON is not the shape, or the value breaks a rule of its type
   */
  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    S json = ctxt.readValue(p, shape);
    try {
      return build.apply(json, ctxt);
    } catch (PartFailure e) {
      throw Failures.broken(p, type, e);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
      throw Failures.broken(p, type, new PartFailure("", e));
    }
  }
}
