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
 *   <tr><td>table.sum</td><td>error (warning)</td><td>the lines add up to the declared total (合计) exactly; only
 *       in a table declared rounded ({@link AllocationTable#precision()}) is a difference no larger than the
 *       rounding (四舍五入) of the printed lines allows a warning</td></tr>
 *   <tr><td>table.duplicate-recipient</td><td>error</td><td>no recipient has two lines</td></tr>
 *   <tr><td>table.negative-line</td><td>error</td><td>no line is negative</td></tr>
 *   <tr><td>table.precision</td><td>error</td><td>no line is printed finer than the table's total</td></tr>
 *   <tr><td>table.recipient-unknown</td><td>warning</td><td>every recipient is a unit the registry knows</td></tr>
 *   <tr><td>table.recipient-level</td><td>error</td><td>every recipient is a unit directly below the issuer or
 *       the issuer's own retained share</td></tr>
 *   <tr><td>notice.total</td><td>error</td><td>the table's declared total equals the amount the text states</td></tr>
 *   <tr><td>notice.parts</td><td>error</td><td>the parts the text names of its stated total (其中) add up to it
 *       exactly</td></tr>
 *   <tr><td>notice.part-lines</td><td>error</td><td>a part the text names by level — the issuer's own share
 *       (省级留用, 市本级) or what goes below (下达各地市, 各县) — equals the table's lines of that level</td></tr>
 *   <tr><td>notice.fiscal-year</td><td>error</td><td>the document's year fits the kind: an advance allocation
 *       (提前下达) for year N is issued in N−1, a settlement in N or later, every other kind in N</td></tr>
 *   <tr><td>notice.confirmed-cited</td><td>error</td><td>a confirmation cites every notice it confirms</td></tr>
 *   <tr><td>subject.unknown</td><td>error</td><td>a subject is in the fiscal year's catalog</td></tr>
 *   <tr><td>subject.name</td><td>warning</td><td>a subject is printed with its catalog name</td></tr>
 *   <tr><td>subject.removed</td><td>error</td><td>a subject is not one the year's catalog lists as replaced; the
 *       successors are named</td></tr>
 *   <tr><td>subject.unlisted</td><td>info</td><td>a subject a partial (built-in) catalog does not list cannot be
 *       verified</td></tr>
 *   <tr><td>subject.catalog-year</td><td>info</td><td>the fiscal year has a catalog of its own; otherwise the
 *       nearest earlier year's was used</td></tr>
 *   <tr><td>unit.abolished</td><td>error</td><td>a unit named by code is in the fiscal year's list of
 *       divisions: a code that left the list is reported with the units that took over its area</td></tr>
 *   <tr><td>unit.not-yet-listed</td><td>error</td><td>a code entered the list of divisions after the fiscal
 *       year</td></tr>
 *   <tr><td>unit.renamed</td><td>warning</td><td>a unit is named as in an earlier or later year's list</td></tr>
 *   <tr><td>unit.name</td><td>warning</td><td>a unit is named as its code's entry in the list is</td></tr>
 *   <tr><td>unit.unknown</td><td>warning</td><td>a unit's code is in some list of divisions</td></tr>
 *   <tr><td>unit.list-year</td><td>info</td><td>the year's list of divisions is built in; otherwise the nearest
 *       year's was used</td></tr>
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
  /** The parts the text names of a stated total (其中) add up to it exactly. */
  NOTICE_PARTS("notice.parts", Severity.ERROR,
      "the parts the text names of a stated total (其中) add up to it exactly"),
  /** A part the text names by level (省级留用, 下达各地市) equals the table's lines of that level. */
  NOTICE_PART_LINES("notice.part-lines", Severity.ERROR,
      "a part the text names by level (省级留用, 下达各地市) equals the table's lines of that level"),
  /** What could not be checked because the notice leaves it out: its total, or a table in an attachment. */
  NOTICE_UNCHECKED("notice.unchecked", Severity.INFO,
      "what the notice leaves out (a total, a table in an attachment not supplied) could not be checked"),
  /** A subject is in the catalog (reported by {@link SubjectCatalog#check}). */
  SUBJECT_UNKNOWN(SubjectCatalog.RULE_UNKNOWN, Severity.ERROR,
      "a subject is in the catalog"),
  /** A subject is printed with its catalog name (reported by {@link SubjectCatalog#check}). */
  SUBJECT_NAME(SubjectCatalog.RULE_NAME, Severity.WARNING,
      "a subject is printed with its catalog name"),
  /** A unit's code is in the fiscal year's list; one that left it is reported with its successors. */
  UNIT_ABOLISHED("unit.abolished", Severity.ERROR,
      "a unit's code is in the fiscal year's list of divisions"),
  /** A unit's code entered the list after the fiscal year. */
  UNIT_NOT_YET_LISTED("unit.not-yet-listed", Severity.ERROR,
      "a unit's code entered the list of divisions no later than the fiscal year"),
  /** A unit is named as another year's list names its code. */
  UNIT_RENAMED("unit.renamed", Severity.WARNING,
      "a unit is named as the fiscal year's list names it, not as another year's"),
  /** A unit is named as the list names its code. */
  UNIT_NAME("unit.name", Severity.WARNING,
      "a unit is named as the list of divisions names its code"),
  /** A unit's code is in a list of divisions; a unit printed without a code bears a name the registry knows. */
  UNIT_UNKNOWN("unit.unknown", Severity.WARNING,
      "a unit's code is in some list of divisions, and a unit printed without one bears a name the registry knows"),
  /** The fiscal year's list of divisions is built in; otherwise the nearest year's was used. */
  UNIT_LIST_YEAR("unit.list-year", Severity.INFO,
      "the fiscal year has a list of divisions of its own"),
  /** A subject is not one the catalog lists as replaced (reported by {@link SubjectCatalog#check}). */
  SUBJECT_REMOVED(SubjectCatalog.RULE_REMOVED, Severity.ERROR,
      "a subject is not one the catalog lists as replaced"),
  /** A subject a partial catalog does not list is unverified (reported by {@link SubjectCatalog#check}). */
  SUBJECT_UNLISTED(SubjectCatalog.RULE_UNLISTED, Severity.INFO,
      "a subject a partial catalog does not list cannot be verified"),
  /** The fiscal year has a catalog of its own; otherwise the nearest earlier year's was used. */
  SUBJECT_CATALOG_YEAR("subject.catalog-year", Severity.INFO,
      "the fiscal year has a subject catalog of its own"),
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
