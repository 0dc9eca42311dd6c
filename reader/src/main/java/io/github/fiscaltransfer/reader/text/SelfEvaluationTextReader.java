package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.Objects;

/**
 * Reads a performance self-evaluation report (绩效自评报告) from extracted text: the region and year of its title,
 * the budget lines its 项目概况 states (结转 and 当年下达, each with the notice it came by, the amount available,
 * spent and the stated execution rate), the total evaluated (自评资金总额), each indicator's self-assessed score
 * (自评得分) under its 数量/质量/满意度 heading, and the stated grade.
 *
 * <p>Actual values an indicator paragraph states in prose (全年共开展…3次) are not read: which figure of a paragraph
 * is the indicator's value is a judgement, and the report says so. Never throws on any text.
 *
 * <p>Immutable and thread-safe.
 */
public final class SelfEvaluationTextReader {

  private final UnitRegistry units;

  private SelfEvaluationTextReader(UnitRegistry units) {
    this.units = units;
  }

  /**
   * Returns a reader that finds the region with the built-in registry.
   *
   * @return the reader, not null
   */
  public static SelfEvaluationTextReader builtIn() {
    return new SelfEvaluationTextReader(UnitRegistry.builtIn());
  }

  /**
   * Returns a reader that finds the region with a registry.
   *
   * @param units the registry, not null
   * @return the reader, not null
   */
  public static SelfEvaluationTextReader of(UnitRegistry units) {
    return new SelfEvaluationTextReader(Objects.requireNonNull(units, "units"));
  }

  /**
   * Reads a self-evaluation.
   *
   * @param text the extracted text, not null
   * @return the self-evaluation (when the text holds one) and the read report, not null
   */
  public ReadResult<SelfEvaluation> read(CharSequence text) {
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    ReadReport.Builder report = ReadReport.builder();
    int bodyStart = 0;
    while (bodyStart < lines.size() && !lines.stripped(bodyStart).startsWith("一、")) {
      bodyStart++;
    }
    for (int i = bodyStart; i < lines.size(); i++) {
      if (NoticeLines.isPageNumber(lines.stripped(i))) {
        report.add(ReadRule.PAGE_FURNITURE, lines.start(i), lines.stripped(i), "page-number", Arguments.none());
      }
    }
    JoinedText title = JoinedText.of(lines, 0, bodyStart);
    JoinedText body = JoinedText.of(lines, bodyStart, lines.size(), i -> NoticeLines.isPageNumber(lines.stripped(i)));
    EvaluationParser parsed = EvaluationParser.parse(title, body, units, report);
    SelfEvaluation evaluation = parsed.resolve();
    if (evaluation != null && !evaluation.scores().isEmpty()) {
      LocatedText first = parsed.firstIndicator();
      report.add(ReadRule.NOT_READ, Severity.INFO, first.position(), first.text(), "actual-values",
          Arguments.none());
    }
    return evaluation == null ? ReadResult.unreadable(report.build()) : ReadResult.of(evaluation, report.build());
  }
}
