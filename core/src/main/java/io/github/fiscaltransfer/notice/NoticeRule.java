package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The rules {@link NoticeValidator} checks, each with its id and usual severity.
 *
 * <table>
 *   <caption>Notice rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>table.sum</td><td>error (warning)</td><td>the lines add up to the declared total (合计); a difference
 *       no larger than the rounding (四舍五入) of the printed lines allows is a warning</td></tr>
 *   <tr><td>table.duplicate-recipient</td><td>error</td><td>no recipient has two lines</td></tr>
 *   <tr><td>table.negative-line</td><td>error</td><td>no line is negative</td></tr>
 *   <tr><td>table.precision</td><td>error</td><td>no line is printed finer than the table's total</td></tr>
 *   <tr><td>table.recipient-unknown</td><td>warning</td><td>every recipient is a unit the registry knows</td></tr>
 *   <tr><td>table.recipient-level</td><td>error</td><td>every recipient is a unit directly below the issuer or
 *       the issuer's own retained share</td></tr>
 *   <tr><td>notice.total</td><td>error</td><td>the table's declared total equals the amount the text states</td></tr>
 *   <tr><td>notice.fiscal-year</td><td>error</td><td>the document's year fits the kind: an advance allocation
 *       (提前下达) for year N is issued in N−1, a settlement in N or later, every other kind in N</td></tr>
 *   <tr><td>notice.confirmed-cited</td><td>error</td><td>a confirmation cites every notice it confirms</td></tr>
 *   <tr><td>subject.unknown</td><td>error</td><td>a subject is in the fiscal year's catalog</td></tr>
 *   <tr><td>subject.name</td><td>warning</td><td>a subject is printed with its catalog name</td></tr>
 *   <tr><td>subject.catalog-missing</td><td>info</td><td>there is a catalog for the fiscal year to check
 *       subjects against</td></tr>
 * </table>
 */
public enum NoticeRule implements Rule {
  /** The lines add up to the declared total. */
  TABLE_SUM("table.sum", Severity.ERROR,
      "the lines add up to the declared total"),
  /** No recipient has two lines. */
  TABLE_DUPLICATE_RECIPIENT("table.duplicate-recipient", Severity.ERROR,
      "no recipient has two lines"),
  /** No line is negative. */
  TABLE_NEGATIVE_LINE("table.negative-line", Severity.ERROR,
      "no line is negative"),
  /** No line is printed finer than the table's total. */
  TABLE_PRECISION("table.precision", Severity.ERROR,
      "no line is printed finer than the table's total"),
  /** Every recipient is known to the registry. */
  TABLE_RECIPIENT_UNKNOWN("table.recipient-unknown", Severity.WARNING,
      "every recipient is known to the registry"),
  /** Every recipient is directly below the issuer, or the issuer's retained share. */
  TABLE_RECIPIENT_LEVEL("table.recipient-level", Severity.ERROR,
      "every recipient is directly below the issuer, or the issuer's retained share"),
  /** The declared total equals the stated total. */
  NOTICE_TOTAL("notice.total", Severity.ERROR,
      "the declared total equals the stated total"),
  /** The document's year fits the kind of notice. */
  NOTICE_FISCAL_YEAR("notice.fiscal-year", Severity.ERROR,
      "the document's year fits the kind of notice"),
  /** A confirmation cites every notice it confirms. */
  NOTICE_CONFIRMED_CITED("notice.confirmed-cited", Severity.ERROR,
      "a confirmation cites every notice it confirms"),
  /** A subject is in the catalog (reported by {@link SubjectCatalog#check}). */
  SUBJECT_UNKNOWN(SubjectCatalog.RULE_UNKNOWN, Severity.ERROR,
      "a subject is in the catalog"),
  /** A subject is printed with its catalog name (reported by {@link SubjectCatalog#check}). */
  SUBJECT_NAME(SubjectCatalog.RULE_NAME, Severity.WARNING,
      "a subject is printed with its catalog name"),
  /** There is a catalog to check subjects against. */
  SUBJECT_CATALOG_MISSING("subject.catalog-missing", Severity.INFO,
      "there is a catalog to check subjects against");

  private final RuleDescriptor descriptor;

  NoticeRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the rule id, such as {@code table.sum}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
