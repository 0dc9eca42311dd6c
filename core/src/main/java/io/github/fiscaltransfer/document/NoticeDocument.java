package io.github.fiscaltransfer.document;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as a file holds it: a transfer notice with the performance target tables (绩效目标表) attached to it
 * or to the notices it confirms, or a self-evaluation (绩效自评报告).
 *
 * <p>Its JSON (module {@code fiscal-transfer-serialization}) is the envelope
 * {@code {"$schema": …, "notice": {…}, "targets": […]}} or {@code {"$schema": …, "selfEvaluation": {…}}}, described
 * by a JSON Schema that module ships. Immutable and thread-safe; equality counts every part.
 */
public final class NoticeDocument {

  private final TransferNotice notice;
  private final List<PerformanceTargetTable> targets;
  private final SelfEvaluation selfEvaluation;

  private NoticeDocument(TransferNotice notice, List<PerformanceTargetTable> targets, SelfEvaluation selfEvaluation) {
    this.notice = notice;
    this.targets = targets;
    this.selfEvaluation = selfEvaluation;
  }

  /**
   * Returns the document of a notice and its attached target tables.
   *
   * @param notice the notice, not null
   * @param targets the target tables in printed order, possibly empty, not null
   * @return the document, not null
   */
  public static NoticeDocument of(TransferNotice notice, List<PerformanceTargetTable> targets) {
    return new NoticeDocument(Objects.requireNonNull(notice, "notice"), List.copyOf(targets), null);
  }

  /**
   * Returns the document of a self-evaluation.
   *
   * @param selfEvaluation the self-evaluation, not null
   * @return the document, not null
   */
  public static NoticeDocument of(SelfEvaluation selfEvaluation) {
    return new NoticeDocument(null, List.of(), Objects.requireNonNull(selfEvaluation, "selfEvaluation"));
  }

  /**
   * Returns the notice, if this is a notice's document.
   *
   * @return the notice, not null
   */
  public Optional<TransferNotice> notice() {
    return Optional.ofNullable(notice);
  }

  /**
   * Returns the target tables attached to the notice or to the notices it confirms, in printed order.
   *
   * @return the tables, empty for a self-evaluation, not null
   */
  public List<PerformanceTargetTable> targets() {
    return targets;
  }

  /**
   * Returns the self-evaluation, if this is a self-evaluation's document.
   *
   * @return the self-evaluation, not null
   */
  public Optional<SelfEvaluation> selfEvaluation() {
    return Optional.ofNullable(selfEvaluation);
  }

  /**
   * Checks every part under the default policy, as {@link #validate(ValidationPolicy)} does.
   *
   * @return every finding, not null
   */
  public ValidationReport validate() {
    return validate(ValidationPolicy.defaults());
  }

  /**
   * Checks every part under a policy: the notice with {@link NoticeValidator}, each target table with its own rules
   * and against the stated total of the notice's allocation of the same grant ({@code funding.notice-total}), or
   * the self-evaluation with its rules. Findings name the notice (or self-evaluation) and point into this
   * document's JSON form: {@code /notice/…}, {@code /targets/i/…}, {@code /selfEvaluation/…}.
   *
   * @param policy which rules run and at what severity, not null
   * @return every finding, not null
   */
  public ValidationReport validate(ValidationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    ValidationReport report = notice()
        .map(n -> NoticeValidator.of(policy).validate(n).under(JsonPointer.root().child("notice")))
        .orElseGet(() -> selfEvaluation.validate(policy).under(JsonPointer.root().child("selfEvaluation")));
    String reference = notice().map(TransferNotice::reference).orElseGet(() -> selfEvaluation.reference());
    for (int i = 0; i < targets.size(); i++) {
      PerformanceTargetTable table = targets.get(i);
      ValidationReport tableReport = statedTotal(table).map(total -> table.validate(total, policy))
          .orElseGet(() -> table.validate(policy));
      report = report.plus(tableReport.under(JsonPointer.root().element("targets", i)).in(reference));
    }
    return report;
  }

  /** The stated total of the notice's allocation of the table's grant, matched by name. */
  private Optional<PrintedAmount> statedTotal(PerformanceTargetTable table) {
    return notice().stream().flatMap(n -> n.allAllocations().stream())
        .filter(allocation -> allocation.grant().name().equals(table.grantName()))
        .map(GrantAllocation::statedTotal).flatMap(Optional::stream).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof NoticeDocument other && Objects.equals(notice, other.notice)
        && targets.equals(other.targets) && Objects.equals(selfEvaluation, other.selfEvaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(notice, targets, selfEvaluation);
  }

  /** Returns a summary such as {@code notice 粤财社〔2021〕307号 with 1 target table(s)}. */
  @Override
  public String toString() {
    return notice().map(n -> "notice " + n.reference() + " with " + targets.size() + " target table(s)")
        .orElseGet(() -> "self-evaluation " + selfEvaluation);
  }
}
