package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.statement.Narrative;
import java.util.List;
import java.util.Objects;

/**
 * Reads the statements of a department budget's prose (文字部分, the lines before the first {@code 表 N}) from
 * extracted text: figures as printed (万元/元/亿元, thousands separators, full-width digits), what each is about,
 * the unit it speaks of (by the unit names and the short names the prose defines, 以下简称), the comparison with
 * last year (比上年增加/减少, 增长/下降 Y%, 持平, 与上年保持一致) and shares (占 Z%); 目录 entries of the tables and
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
    List<ProseText.Paragraph> paragraphs = ProseText.paragraphs(lines, BudgetTableSplitter.firstHeading(lines));
    ProseScopes scopes = ProseScopes.of(budget.department(), budget.units(), paragraphs);
    ReadReport.Builder report = ReadReport.builder();
    Narrative narrative = Narrative.of(ProseStatements.read(paragraphs, scopes, report));
    return ReadResult.of(narrative, report.build());
  }
}
