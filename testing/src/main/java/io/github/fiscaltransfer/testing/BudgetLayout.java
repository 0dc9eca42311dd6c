package io.github.fiscaltransfer.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One way a department budget disclosure's 表格部分 (部门预算公开表) is laid out as text (版式), for
 * {@link BudgetTextPrinter}: how a table is numbered, how many lines its header takes, subject codes in one column or
 * in three (类 款 项), where the department's total row stands, cells split by tabs or spaces, figures with or
 * without thousands separators and in full- or half-width digits, blank cells or {@code -}, long names wrapped onto
 * the next line, page breaks every few rows (page number, 续, repeated title and header, each or not), CRLF line ends
 * and a byte-order mark.
 *
 * @param numbering how each table's title is numbered
 * @param headerLines how many lines a table's column header takes, 1 to 3
 * @param splitCodes 科目编码 printed over three columns 类 款 项, else in one
 * @param totalRow where a table by unit prints the department's total row
 * @param tabs cells split by tabs, else by runs of spaces
 * @param separators figures with thousands separators ({@code 273,800})
 * @param fullWidth digits printed full-width ({@code ２７３８００})
 * @param dashes an empty cell printed {@code -}, else left blank
 * @param wrap a name longer than {@value BudgetTextPrinter#WRAP_AT} characters wraps onto the next line
 * @param pageEvery a page break after every so many rows of a table, or 0 for none
 * @param pageNumber a page break prints a page number
 * @param continued a page break prints （续）
 * @param repeatTitle a page break repeats the table's title, 部门名称 and 单位 lines
 * @param repeatHeader a page break repeats the column header
 * @param crlf lines end with CR LF
 * @param bom the text starts with a byte-order mark
 */
public record BudgetLayout(Numbering numbering, int headerLines, boolean splitCodes, TotalRow totalRow, boolean tabs,
    boolean separators, boolean fullWidth, boolean dashes, boolean wrap, int pageEvery, boolean pageNumber,
    boolean continued, boolean repeatTitle, boolean repeatHeader, boolean crlf, boolean bom) {

  /** How a table's title is numbered. */
  public enum Numbering {
    /** {@code 表 1} on a line of its own, the title on the next (as seed 004 prints it). */
    NUMBER_LINE,
    /** {@code 表1 收支总表} on one line. */
    NUMBER_INLINE,
    /** {@code 一、收支总表}. */
    ORDINAL,
    /** The title alone. */
    NONE
  }

  /** Where a table by unit prints the department's total. */
  public enum TotalRow {
    /** First, labelled with the department's name (as seed 004 prints it). */
    DEPARTMENT_FIRST,
    /** First, labelled 合计. */
    SUM_FIRST,
    /** Last, labelled 合计. */
    SUM_LAST
  }

  /**
   * All layouts, each variant drawn often enough to show in a few hundred tries.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetLayout> layouts() {
    Arbitrary<Integer> pageEvery = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 8));
    return Combinators.combine(Arbitraries.of(Numbering.class), Arbitraries.integers().between(1, 3),
        Arbitraries.of(TotalRow.class), pageEvery, Arbitraries.of(true, false).list().ofSize(12))
        .as((numbering, header, total, every, flags) -> new BudgetLayout(numbering, header, flags.get(0), total,
            flags.get(1), flags.get(2), flags.get(3), flags.get(4), flags.get(5), every, flags.get(6), flags.get(7),
            flags.get(8), flags.get(9), flags.get(10), flags.get(11)));
  }
}
