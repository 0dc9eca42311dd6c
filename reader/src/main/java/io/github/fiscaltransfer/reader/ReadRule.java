package io.github.fiscaltransfer.reader;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The findings a reader makes about its source (读取意见), each with its id, usual severity and summary.
 *
 * <table>
 *   <caption>Read rules</caption>
 *   <tr><th>id</th><th>severity</th><th>finding</th></tr>
 *   <tr><td>read.unread</td><td>warning</td><td>a line or cell where data was expected was not understood</td></tr>
 *   <tr><td>read.value</td><td>error</td><td>a value was found but cannot be read exactly (an amount, code, number,
 *       date or subject)</td></tr>
 *   <tr><td>read.ambiguous</td><td>error</td><td>digits split by spaces could be one figure or several</td></tr>
 *   <tr><td>read.joined</td><td>info</td><td>one value was joined from pieces split by spaces</td></tr>
 *   <tr><td>read.page-furniture</td><td>info</td><td>a page number or repeated header inside a table was left
 *       out</td></tr>
 *   <tr><td>read.absent</td><td>info (error)</td><td>the source does not print a field the document has; an error
 *       when the document cannot be built without it</td></tr>
 *   <tr><td>read.table-missing</td><td>warning</td><td>an attachment the text announces holds no table</td></tr>
 *   <tr><td>read.not-read</td><td>warning</td><td>a part this reader recognises but does not read, such as a
 *       performance target table</td></tr>
 *   <tr><td>read.formula</td><td>warning</td><td>a spreadsheet formula's cached value differs from what it
 *       computes</td></tr>
 * </table>
 */
public enum ReadRule implements Rule {
  /** A line or cell where data was expected was not understood. */
  UNREAD("read.unread", Severity.WARNING, "a line or cell where data was expected was not understood"),
  /** A value was found but cannot be read exactly. */
  VALUE("read.value", Severity.ERROR, "a value was found but cannot be read exactly"),
  /** Digits split by spaces could be one figure or several. */
  AMBIGUOUS("read.ambiguous", Severity.ERROR, "digits split by spaces could be one figure or several"),
  /** One value was joined from pieces split by spaces. */
  JOINED("read.joined", Severity.INFO, "one value was joined from pieces split by spaces"),
  /** A page number or repeated header inside a table was left out. */
  PAGE_FURNITURE("read.page-furniture", Severity.INFO, "a page number or repeated header inside a table was left out"),
  /** The source does not print a field the document has. */
  ABSENT("read.absent", Severity.INFO, "the source does not print a field the document has"),
  /** An attachment the text announces holds no table. */
  TABLE_MISSING("read.table-missing", Severity.WARNING, "an attachment the text announces holds no table"),
  /** A part the reader recognises but does not read. */
  NOT_READ("read.not-read", Severity.WARNING, "a part this reader recognises but does not read"),
  /** A formula's cached value differs from what it computes. */
  FORMULA("read.formula", Severity.WARNING, "a formula's cached value differs from what it computes");

  private final String id;
  private final Severity severity;
  private final String summary;

  ReadRule(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  /**
   * Returns the rule id findings carry, such as {@code read.unread}.
   *
   * @return the id, not null
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the usual severity of the rule's findings.
   *
   * @return the severity, not null
   */
  @Override
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what the rule reports, in a few words.
   *
   * @return the summary, not null
   */
  public String summary() {
    return summary;
  }

  /** Returns the id, such as {@code read.unread}. */
  @Override
  public String toString() {
    return id;
  }
}
