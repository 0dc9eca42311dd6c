package io.github.fiscaltransfer.reader;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The findings a reader makes about its source (读取意见), each with its id, usual severity and summary.
 *
 * <p>A finding about a place in the source names that place as its document ({@code line 12, column 5}, or
 * {@code 附件1 row 7, column 3}); a {@code read.absent} finding points at the field of the document it is about
 * ({@code /allocations/0/table}).
 *
 * <table>
 *   <caption>Read rules</caption>
 *   <tr><th>id</th><th>severity</th><th>finding</th></tr>
 *   <tr><td>read.unread</td><td>warning</td><td>a line or cell where data was expected was not understood</td></tr>
 *   <tr><td>read.value</td><td>error</td><td>a value was found but cannot be read exactly (an amount, code, number,
 *       date or subject)</td></tr>
 *   <tr><td>read.ambiguous</td><td>error</td><td>digits split by spaces could be one figure or several</td></tr>
 *   <tr><td>read.joined</td><td>info</td><td>one value was joined from pieces split by spaces, or one allocation
 *       table from the tables of one grant, each adding up to its 合计</td></tr>
 *   <tr><td>read.page-furniture</td><td>info</td><td>a page number or repeated header inside a table was left
 *       out</td></tr>
 *   <tr><td>read.absent</td><td>info (error)</td><td>the source does not print a field the document has; an error
 *       when the document cannot be built without it</td></tr>
 *   <tr><td>read.table-missing</td><td>warning</td><td>an attachment the text announces holds no table</td></tr>
 *   <tr><td>read.not-read</td><td>warning</td><td>a part this reader recognises but does not read, such as a
 *       performance target table</td></tr>
 *   <tr><td>read.number-form</td><td>warning</td><td>a document number printed with other brackets than GB/T
 *       9704's 〔〕 was read to its canonical form</td></tr>
 *   <tr><td>read.blank</td><td>warning</td><td>a figure the text leaves blank (资金 万元) was not read as
 *       zero</td></tr>
 *   <tr><td>read.contradiction</td><td>warning</td><td>two places of the source state different values for one
 *       field</td></tr>
 *   <tr><td>read.kind</td><td>info</td><td>why the text was read as the kind of document it was</td></tr>
 *   <tr><td>read.formula</td><td>warning</td><td>a spreadsheet formula's cached value differs from what it
 *       computes</td></tr>
 *   <tr><td>read.unreadable</td><td>error</td><td>the file cannot be opened, or opening it would pass a limit on
 *       what a hostile file may cost (size, pages, time, a password)</td></tr>
 * </table>
 */
public enum ReadRule implements Rule {
  /** A line or cell where data was expected was not understood. */
  UNREAD("read.unread", Severity.WARNING, "a line or cell where data was expected was not understood"),
  /** A value was found but cannot be read exactly. */
  VALUE("read.value", Severity.ERROR, "a value was found but cannot be read exactly"),
  /** Digits split by spaces could be one figure or several. */
  AMBIGUOUS("read.ambiguous", Severity.ERROR, "digits split by spaces could be one figure or several"),
  /** One value was joined from pieces split by spaces, or one table from the tables of one grant. */
  JOINED("read.joined", Severity.INFO,
      "one value was joined from pieces split by spaces, or one table from the tables of one grant"),
  /** A page number or repeated header inside a table was left out. */
  PAGE_FURNITURE("read.page-furniture", Severity.INFO, "a page number or repeated header inside a table was left out"),
  /** The source does not print a field the document has. */
  ABSENT("read.absent", Severity.INFO, "the source does not print a field the document has"),
  /** An attachment the text announces holds no table. */
  TABLE_MISSING("read.table-missing", Severity.WARNING, "an attachment the text announces holds no table"),
  /** A part the reader recognises but does not read. */
  NOT_READ("read.not-read", Severity.WARNING, "a part this reader recognises but does not read"),
  /** A document number printed with other brackets than 〔〕 was read to its canonical form. */
  NUMBER_FORM("read.number-form", Severity.WARNING,
      "a document number printed with other brackets than GB/T 9704's 〔〕 was read to its canonical form"),
  /** A figure the text leaves blank was not read as zero. */
  BLANK("read.blank", Severity.WARNING, "a figure the text leaves blank (资金 万元) was not read as zero"),
  /** Two places of the source state different values for one field. */
  CONTRADICTION("read.contradiction", Severity.WARNING, "two places of the source state different values for one field"),
  /** Why the text was read as the kind of document it was. */
  KIND("read.kind", Severity.INFO, "why the text was read as the kind of document it was"),
  /** A formula's cached value differs from what it computes. */
  FORMULA("read.formula", Severity.WARNING, "a formula's cached value differs from what it computes"),
  /** The file cannot be opened, or opening it would pass a limit on what a hostile file may cost. */
  UNREADABLE("read.unreadable", Severity.ERROR, "the file cannot be opened, or it passes a limit on what it may cost");

  private final RuleDescriptor descriptor;

  ReadRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the rule id, such as {@code read.unread}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
