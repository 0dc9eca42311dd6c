package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.evaluation.IndicatorScore;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and resolves the parts of a self-evaluation report's title and body. */
final class EvaluationParser {

  private static final Pattern TITLE_YEAR = Pattern.compile("(?<![\\d.．])(\\d+)年度");
  private static final Pattern CITED_YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年");
  private static final int MAX_YEAR_DIGITS = 4;
  private static final Pattern TOTAL = Pattern.compile("此次对(.+?)自评资金总额为\\s*([\\d.,]+)\\s*(万元|元)");
  private static final Pattern AMOUNT = Pattern.compile("([\\d.,]+)\\s*(万元|元)");
  private static final Pattern EXECUTION = Pattern.compile(
      "(结转)?资金\\s*([\\d.,]+)\\s*(万元|元)，当年支出\\s*([\\d.,]+)\\s*(万元|元)，执行率为\\s*([\\d.]+)%");
  private static final Pattern LEVEL1 = Pattern.compile("\\d\\s*[.．]\\s*(\\S{2,6}指标)完成情况分析");
  private static final Pattern LEVEL2 = Pattern.compile("（\\d）(\\S{2,6}指标)。");
  private static final Pattern INDICATOR = Pattern.compile("(?:[一二三四五六七八九十]+是)?“([^”]+)”指标");
  private static final Pattern SCORE = Pattern.compile("自评(?:得分)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
  private static final Pattern GRADE = Pattern.compile("自评为“([^”]+)”");
  private static final String SCORES_FROM = "绩效指标完成情况分析";
  private static final String SCORES_TO = "主要做法和经验";

  /** A notice the overview cites, with the year in its title and the first amount after it. */
  private record Source(LocatedText number, Year year, String amount) {}

  private final JoinedText title;
  private final JoinedText body;
  private final UnitRegistry units;
  private final ReadReport.Builder report;
  private final List<Source> sources = new ArrayList<>();
  private LocatedText firstIndicator;

  private EvaluationParser(JoinedText title, JoinedText body, UnitRegistry units, ReadReport.Builder report) {
    this.title = title;
    this.body = body;
    this.units = units;
    this.report = report;
  }

  static EvaluationParser parse(JoinedText title, JoinedText body, UnitRegistry units, ReadReport.Builder report) {
    EvaluationParser parser = new EvaluationParser(title, body, units, report);
    parser.sources();
    return parser;
  }

  LocatedText firstIndicator() {
    return firstIndicator;
  }

  /** Returns the evaluation, or null if a part it needs is absent or unreadable (reported). */
  SelfEvaluation resolve() {
    Matcher total = TOTAL.matcher(body.text());
    boolean hasTotal = total.find();
    String grant = report.resolve(hasTotal ? located(body, compact(total.group(1)), total.start(1)) : null,
        "grantName", text -> text, "grant-name").orElse(null);
    Matcher yearMatch = TITLE_YEAR.matcher(NoticeLines.compact(title.text()));
    Year year = yearMatch.find() ? report.resolve(new LocatedText(yearMatch.group(1), title.at(0)), "year",
        EvaluationParser::year, "year").orElse(null) : null;
    if (grant == null || year == null) {
      report.absent(grant == null ? "grantName" : "year", Severity.ERROR,
          grant == null ? "evaluation-total" : "evaluation-year", Arguments.none());
      return null;
    }
    SelfEvaluation.Builder evaluation = SelfEvaluation.builder().grantName(grant).year(year);
    report.position("year", title.at(0));
    region().ifPresent(evaluation::region);
    List<BudgetLine> lines = budgetLines();
    if (lines.isEmpty()) {
      report.absent("budgetLines", Severity.ERROR, "evaluation-lines", Arguments.none());
      return null;
    }
    lines.forEach(evaluation::addBudgetLines);
    report.resolve(located(body, total.group(2) + total.group(3), total.start(2)), "statedEvaluatedTotal",
        PrintedAmount::parse, "amount").ifPresent(evaluation::statedEvaluatedTotal);
    scores().forEach(evaluation::addScores);
    Matcher grade = GRADE.matcher(body.text());
    if (grade.find()) {
      report.resolve(located(body, grade.group(1), grade.start(1)), "statedGrade", Grade::ofLabel, "grade")
          .ifPresent(evaluation::statedGrade);
    } else {
      report.absent("statedGrade", Severity.INFO, "evaluation-grade", Arguments.none());
    }
    return build(evaluation::build, located(body, grant, total.start(1)), "self-evaluation").orElse(null);
  }

  /** Builds a model value, turning what the model refuses into a {@code read.value} finding at the text. */
  private <T> Optional<T> build(Supplier<T> build, LocatedText at, String what) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException refused) {
      report.add(ReadRule.VALUE, at.position(), at.text(), "refused",
          Arguments.of("what", what).and("detail", String.valueOf(refused.getMessage())));
      return Optional.empty();
    }
  }

  private Optional<String> region() {
    String text = NoticeLines.compact(title.text());
    for (int length = Math.min(8, text.length()); length >= 2; length--) {
      if (units.byName(text.substring(0, length)).isPresent()) {
        report.position("region", title.at(0));
        return Optional.of(text.substring(0, length));
      }
    }
    report.absent("region", Severity.INFO, "evaluation-region", Arguments.none());
    return Optional.empty();
  }

  /** The cited notices of the overview with a number, each with the first amount of its sentence. */
  private void sources() {
    String text = body.text();
    Matcher citation = NoticeLines.CITATION.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (citation.find()) {
      spans.add(new int[] {citation.start(), citation.end()});
    }
    for (int i = 0; i < spans.size(); i++) {
      citation.find(spans.get(i)[0]);
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      int sentenceEnd = text.indexOf('。', spans.get(i)[1]);
      end = Math.min(end, sentenceEnd < 0 ? text.length() : sentenceEnd);
      Matcher amount = AMOUNT.matcher(text.substring(spans.get(i)[1], end));
      Matcher year = CITED_YEAR.matcher(citation.group(1));
      if (citation.group(2) != null && amount.find() && year.find()) {
        sources.add(new Source(located(body, compact(citation.group(2)), citation.start(2)),
            Year.of(Integer.parseInt(year.group(1))), amount.group(1)));
      }
    }
  }

  private List<BudgetLine> budgetLines() {
    List<BudgetLine> lines = new ArrayList<>();
    Matcher execution = EXECUTION.matcher(body.text());
    while (execution.find()) {
      String path = "budgetLines[" + lines.size() + "].";
      Optional<Source> source = sources.stream().filter(s -> s.amount().equals(execution.group(2))).findFirst();
      if (source.isEmpty()) {
        report.absent(path + "basisDocument", Severity.ERROR, "evaluation-basis", Arguments.of("amount",
            execution.group(2) + execution.group(3)).and("line", body.at(execution.start()).line())
            .and("column", body.at(execution.start()).column()));
        continue;
      }
      BudgetLine.Builder line = BudgetLine.builder()
          .source(execution.group(1) != null ? BudgetSource.CARRIED_OVER : BudgetSource.ALLOCATED)
          .fundsYear(source.get().year());
      report.resolve(source.get().number(), path + "basisDocument", DocumentNumber::parse, "document-number")
          .ifPresent(line::basisDocument);
      Optional<PrintedAmount> available = amount(execution, 2, path + "available");
      Optional<PrintedAmount> spent = amount(execution, 4, path + "spent");
      report.resolve(located(body, execution.group(6), execution.start(6)), path + "statedExecutionRate",
          BigDecimal::new, "rate").ifPresent(line::statedExecutionRate);
      if (available.isPresent() && spent.isPresent()) {
        line.available(available.get()).spent(spent.get());
        build(line::build, located(body, execution.group(), execution.start()), "budget-line")
            .ifPresent(lines::add);
      }
    }
    return lines;
  }

  private Optional<PrintedAmount> amount(Matcher matcher, int group, String path) {
    return report.resolve(located(body, matcher.group(group) + matcher.group(group + 1), matcher.start(group)), path,
        PrintedAmount::parse, "amount");
  }

  private List<IndicatorScore> scores() {
    String text = body.text();
    int from = text.indexOf(SCORES_FROM);
    int to = text.indexOf(SCORES_TO, Math.max(from, 0));
    List<IndicatorScore> scores = new ArrayList<>();
    if (from < 0) {
      report.absent("scores", Severity.INFO, "evaluation-scores", Arguments.of("section", SCORES_FROM));
      return scores;
    }
    new ScoreScanner(text.substring(0, to < 0 ? text.length() : to), from, scores).scan();
    return scores;
  }

  /** Walks the indicator section: level headings, each indicator's name and its first 自评得分 after it. */
  private final class ScoreScanner {
    private final String text;
    private final int from;
    private final List<IndicatorScore> scores;

    ScoreScanner(String text, int from, List<IndicatorScore> scores) {
      this.text = text;
      this.from = from;
      this.scores = scores;
    }

    void scan() {
      Matcher indicator = INDICATOR.matcher(text);
      int at = from;
      while (indicator.find(at)) {
        int next = indicator.end();
        Matcher following = INDICATOR.matcher(text);
        int end = following.find(next) ? following.start() : text.length();
        score(indicator, end);
        at = next;
      }
    }

    private void score(Matcher indicator, int end) {
      String path = "scores[" + scores.size() + "].";
      LocatedText name = located(body, indicator.group(1), indicator.start(1));
      firstIndicator = firstIndicator == null ? name : firstIndicator;
      Matcher score = SCORE.matcher(text.substring(indicator.end(), end));
      String level2 = last(LEVEL2, indicator.start());
      Optional<IndicatorLevel1> level1 = IndicatorLevel1.fromPrinted(level2)
          .or(() -> IndicatorLevel1.fromPrinted(last(LEVEL1, indicator.start())));
      if (!score.find() || level1.isEmpty()) {
        report.absent(path + "score", Severity.WARNING, "evaluation-score", Arguments.of("line",
            name.position().line()).and("column", name.position().column()).and("text", name.text()));
        return;
      }
      LocatedText figure = located(body, score.group(1), indicator.end() + score.start(1));
      Optional<IndicatorScore> read = build(() -> IndicatorScore.of(level1.get(), level2, name.text(),
          new BigDecimal(figure.text())), figure, "score");
      read.ifPresent(scores::add);
      if (read.isPresent()) {
        report.position(path + "name", name.position());
        report.position(path + "score", figure.position());
      }
    }

    private String last(Pattern heading, int before) {
      Matcher matcher = heading.matcher(text.substring(0, before));
      String found = "";
      while (matcher.find()) {
        found = matcher.group(1);
      }
      return found;
    }
  }

  /** Reads a year of the title: 1 to 9999, as every way in reads a year. */
  private static Year year(String digits) {
    if (digits.length() > MAX_YEAR_DIGITS || Integer.parseInt(digits) == 0) {
      throw new IllegalArgumentException("a year is from 1 to 9999: " + digits);
    }
    return Year.of(Integer.parseInt(digits));
  }

  private static String compact(String text) {
    return NoticeLines.compact(text);
  }

  private static LocatedText located(JoinedText text, String value, int offset) {
    return new LocatedText(value, text.at(offset));
  }
}
