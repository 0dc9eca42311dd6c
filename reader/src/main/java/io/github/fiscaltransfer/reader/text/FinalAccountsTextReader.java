package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.FundColumn;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a department's final accounts (部门决算) from laid-out text — {@code pdftotext -layout} output, or
 * {@code PdfText.layout()} of the PDF — into {@link FinalAccounts}: the department and year from the title, the units
 * from 部门决算单位构成, and the nine 决算 tables, each found by its title ({@link TableCatalog}) and read by what it
 * prints: the two 总表 by their labels ({@link FinalBalanceReader}), the tables by subject code
 * ({@link FinalSubjectTableReader}) with each figure placed in the column it ends under ({@link ColumnPlacer}), the
 * two halves of 基本支出 ({@link BasicExpenditureReader}) and the 三公 line ({@link ThreePublicFinalReader}).
 * Amounts are 万元 (or the unit the 单位 line names) to 0.01. Whatever is not understood is a {@code read.*} finding
 * at its line; a table not found is {@code read.absent}; a blank form's 总表 or 基本支出, which the model cannot hold
 * without figures, is {@code read.not-read}. Never throws on any text.
 *
 * <p>Immutable and thread-safe.
 */
public final class FinalAccountsTextReader {

  /** 决算 print amounts to the fen of a 万元. */
  static final int SCALE = 2;

  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final List<FinalIncomeColumn> INCOME = List.of(FinalIncomeColumn.CURRENT_YEAR,
      FinalIncomeColumn.FISCAL, FinalIncomeColumn.SUPERIOR_SUBSIDY, FinalIncomeColumn.SERVICE,
      FinalIncomeColumn.BUSINESS, FinalIncomeColumn.AFFILIATE_REMITTANCE, FinalIncomeColumn.OTHER);
  private static final List<ExpenditureColumn> EXPENDITURE = List.of(ExpenditureColumn.TOTAL,
      ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT, ExpenditureColumn.REMITTANCE, ExpenditureColumn.BUSINESS,
      ExpenditureColumn.AFFILIATE_SUBSIDY);
  private static final List<String> INCOME_HEADINGS = List.of("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入",
      "经营收入", "附属单位", "其他收入");
  private static final List<String> EXPENDITURE_HEADINGS = List.of("本年支出合计", "基本支出", "项目支出", "上缴上级支出",
      "经营支出", "对附属单位");
  private static final List<FundColumn> FUND = Arrays.asList(FundColumn.values());

  private FinalAccountsTextReader() {}

  /**
   * Returns a reader.
   *
   * @return the reader, not null
   */
  public static FinalAccountsTextReader create() {
    return new FinalAccountsTextReader();
  }

  /**
   * Reads a 部门决算.
   *
   * @param text the laid-out text, not null
   * @return the final accounts (when the text prints a title with its year and department) and the read report,
   *     not null
   */
  public ReadResult<FinalAccounts> read(CharSequence text) {
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    ReadReport.Builder report = ReadReport.builder();
    List<TableCatalog.Heading> headings = headings(lines);
    String title = title(lines);
    Matcher year = YEAR.matcher(title);
    if (!year.find() || year.start() == 0) {
      report.absent("title", Severity.ERROR, "final-accounts-title", Arguments.none());
      return ReadResult.unreadable(report.build());
    }
    FinalAccounts.Builder accounts = FinalAccounts.builder().year(Year.of(Integer.parseInt(year.group(1))))
        .department(title.substring(0, year.start()))
        .units(FinalUnits.read(lines, headings.isEmpty() ? lines.size() : headings.get(0).line(), report));
    Set<FinalTableId> found = EnumSet.noneOf(FinalTableId.class);
    for (int t = 0; t < headings.size(); t++) {
      TableCatalog.Heading heading = headings.get(t);
      int end = t + 1 < headings.size() ? headings.get(t + 1).line() : lines.size();
      FinalTableId id = Arrays.stream(FinalTableId.values()).filter(i -> i.title().equals(heading.title()))
          .findFirst().orElseThrow();
      if (found.add(id)) {
        table(accounts, id, FinalTableRegion.of(lines, heading.line(), end, format(lines, heading.line()), report));
      }
    }
    Arrays.stream(FinalTableId.values()).filter(id -> !found.contains(id))
        .forEach(id -> report.absent(id.key(), Severity.WARNING, "final-accounts-table",
            Arguments.of("table", id.title())));
    try {
      return ReadResult.of(accounts.build(), report.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      report.add(ReadRule.VALUE, lines.start(0), title, "final-document", Arguments.of("detail", e.getMessage()));
      return ReadResult.unreadable(report.build());
    }
  }

  /** The 决算 tables found, a title repeated on a continuation page taken once. */
  private static List<TableCatalog.Heading> headings(SourceLines lines) {
    List<TableCatalog.Heading> headings = new ArrayList<>();
    for (TableCatalog.Heading heading : TableCatalog.find(lines)) {
      boolean repeated = !headings.isEmpty() && headings.get(headings.size() - 1).title().equals(heading.title());
      if (heading.finalAccounts() && !repeated) {
        headings.add(heading);
      }
    }
    return headings;
  }

  private static void table(FinalAccounts.Builder accounts, FinalTableId id, FinalTableRegion region) {
    try {
      switch (id) {
        case SUMMARY -> FinalBalanceReader.read(region).ifPresentOrElse(accounts::summary, () -> blank(id, region));
        case INCOME -> FinalSubjectTableReader.read(region, INCOME, INCOME_HEADINGS, true).ifPresent(accounts::income);
        case EXPENDITURE -> FinalSubjectTableReader.read(region, EXPENDITURE, EXPENDITURE_HEADINGS, true)
            .ifPresent(accounts::expenditure);
        case APPROPRIATIONS -> FinalBalanceReader.read(region)
            .ifPresentOrElse(accounts::appropriations, () -> blank(id, region));
        case GENERAL_PUBLIC -> FinalSubjectTableReader.read(region, EXPENDITURE.subList(0, 3),
            List.of("合计", "基本支出", "项目支出"), true).ifPresent(accounts::generalPublic);
        case BASIC_EXPENDITURE -> BasicExpenditureReader.read(region)
            .ifPresentOrElse(accounts::basicExpenditure, () -> blank(id, region));
        case THREE_PUBLIC -> ThreePublicFinalReader.read(region).ifPresent(accounts::threePublic);
        case GOVERNMENT_FUND -> FinalSubjectTableReader.read(region, FUND, List.of(), false)
            .ifPresent(accounts::governmentFund);
        case STATE_CAPITAL -> FinalSubjectTableReader.read(region, FUND, List.of(), false)
            .ifPresent(accounts::stateCapital);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      region.report().add(ReadRule.VALUE, region.title(), id.title(), "final-table",
          Arguments.of("detail", e.getMessage()));
    }
  }

  private static void blank(FinalTableId id, FinalTableRegion region) {
    region.report().add(ReadRule.NOT_READ, region.title(), id.title(), "final-accounts-blank",
        Arguments.of("totals", id == FinalTableId.BASIC_EXPENDITURE ? "人员经费合计, 公用经费合计" : "收入, 总计"));
  }

  /** The table's format: 万元 (or the unit its 单位 line names) to 0.01. */
  private static TableFormat format(SourceLines lines, int title) {
    for (int i = title + 1; i < Math.min(lines.size(), title + 1 + TableCatalog.UNIT_WITHIN + 1); i++) {
      Matcher unit = NoticeLines.UNIT.matcher(lines.stripped(i));
      if (unit.find()) {
        String label = unit.group(1);
        return TableFormat.of(Arrays.stream(AmountUnit.values()).filter(u -> u.label().equals(label)).findFirst()
            .orElse(AmountUnit.WAN_YUAN), SCALE);
      }
    }
    return TableFormat.of(AmountUnit.WAN_YUAN, SCALE);
  }

  /** The title: the first lines, joined, up to the one that says 部门决算 (empty if none does). */
  private static String title(SourceLines lines) {
    StringBuilder title = new StringBuilder();
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < TextKind.TITLE_LINES; i++) {
      if (!lines.isBlank(i)) {
        title.append(NoticeLines.compact(lines.stripped(i)));
        seen++;
        if (title.indexOf("部门决算") >= 0) {
          return title.toString();
        }
      }
    }
    return "";
  }
}
