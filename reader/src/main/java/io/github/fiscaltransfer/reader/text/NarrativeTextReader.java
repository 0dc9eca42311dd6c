package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.List;
import java.util.Objects;

/**
 * Reads the statements of a department budget's prose (文字部分, the lines before the first {@code 表 N}), or of a
 * 部门决算's 情况说明 (第三部分, after its tables), from
 * extracted text: figures as printed (万元/元/亿元, thousands separators, full-width digits), what each is about,
 * the unit it speaks of (by the unit names and the short names the prose defines, 以下简称), the comparison with
 * last year (比上年增加/减少, 增长/下降 Y%, 持平, 与上年保持一致), shares (占 Z%) and completion rates of a budget the
 * sentence states (完成年初预算的 Z%); 目录 entries of the tables and
 * sentences saying a table has no data. A figure it cannot attach to a statement is reported
 * ({@code read.not-read}, info) with its line. Never throws on any text.
 *
 * <p>Immutable and thread-safe.
 */
public final class NarrativeTextReader {

  private NarrativeTextReader() {}

  /**
   * Returns a reader.
   *
   * @return the reader, not null
   */
  public static NarrativeTextReader create() {
    return new NarrativeTextReader();
  }

  /**
   * Reads the prose of a department budget whose tables were read (or built) already.
   *
   * @param text the extracted text of the whole document, not null
   * @param budget the document, for its department and unit names, not null
   * @return the statements and the read report, not null
   */
  public ReadResult<Narrative> read(CharSequence text, DepartmentBudget budget) {
    Objects.requireNonNull(budget, "budget");
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    List<ProseText.Paragraph> paragraphs = ProseText.paragraphs(lines, 0, BudgetTableSplitter.firstHeading(lines));
    ProseScopes scopes = ProseScopes.of(budget.department(), budget.units(), paragraphs);
    ReadReport.Builder report = ReadReport.builder();
    Narrative narrative = Narrative.of(ProseStatements.read(paragraphs, scopes, List.of(TableId.values()), report));
    return ReadResult.of(narrative, report.build());
  }

  /**
   * Reads the 情况说明 of a 部门决算 whose tables were read (or built) already: the lines from the last heading
   * {@code 第三部分 …情况说明} (the one after the tables, not the 目录's) to {@code 第四部分 名词解释}. A text without
   * that part gives no statements and says so ({@code read.absent}).
   *
   * @param text the extracted text of the whole document, not null
   * @param accounts the document, for its department and unit names, not null
   * @return the statements and the read report, not null
   */
  public ReadResult<Narrative> read(CharSequence text, FinalAccounts accounts) {
    Objects.requireNonNull(accounts, "accounts");
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    ReadReport.Builder report = ReadReport.builder();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.stripped(i).startsWith("第三部分")) {
        start = i + 1;
      }
    }
    if (start < 0) {
      report.add(ReadRule.ABSENT, "第三部分", "final-accounts-explanation", Arguments.none());
      return ReadResult.of(Narrative.of(List.of()), report.build());
    }
    int end = start;
    while (end < lines.size() && !lines.stripped(end).startsWith("第四部分")) {
      end++;
    }
    List<ProseText.Paragraph> paragraphs = ProseText.paragraphs(lines, start, end);
    ProseScopes scopes = ProseScopes.of(accounts.department(), accounts.units(), paragraphs);
    Narrative narrative = Narrative.of(ProseStatements.read(paragraphs, scopes, List.of(FinalTableId.values()),
        report));
    return ReadResult.of(narrative, report.build());
  }
}
