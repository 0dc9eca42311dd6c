package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.reader.text.ProseText.Paragraph;
import io.github.fiscaltransfer.statement.Direction;
import io.github.fiscaltransfer.statement.Percent;
import io.github.fiscaltransfer.statement.Share;
import io.github.fiscaltransfer.statement.Source;
import io.github.fiscaltransfer.statement.Statement;
import io.github.fiscaltransfer.statement.TableStatement;
import io.github.fiscaltransfer.statement.Topic;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements of the prose's paragraphs: a figure with its unit is a statement about what the words before
 * it name (back to the last comma, colon or enumeration mark), unless those words end in 增加/减少, which make it
 * the change of a statement; a percentage after 增长/下降/增幅/减幅 is the change's, after 占 a share; 持平 and
 * 保持一致 say unchanged. A change names its statement (医疗保障综合管理…较2021年减少…) or belongs to the
 * sentence's last statement, else to the paragraph's first. Whatever figure attaches to nothing is reported.
 */
final class ProseStatements {

  private static final Pattern MONEY =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(亿元|万元|元)");
  private static final Pattern PERCENT =
      Pattern.compile("(增长|下降|增幅|减幅|降幅|上升|降低)\\s*(\\d{1,6}(?:\\.\\d{1,4})?)\\s*[%％]");
  private static final Pattern SHARE = Pattern.compile("占[^，,。；;%％\\d]{0,20}(\\d{1,3}(?:\\.\\d{1,4})?)\\s*[%％]");
  private static final Pattern UNCHANGED = Pattern.compile("(?<!基本)(持平|保持一致)");
  private static final Pattern EVENT = Pattern.compile(MONEY.pattern() + "|" + PERCENT.pattern() + "|"
      + SHARE.pattern() + "|" + UNCHANGED.pattern());
  private static final Pattern THRESHOLD = Pattern.compile("^\\s*及?(以上|以下)");
  private static final Pattern CHANGE = Pattern.compile("(增加|减少)\\s*$");
  private static final Pattern COMPARED = Pattern.compile("(比|较|与)");
  private static final Pattern SENTENCE = Pattern.compile("[^。；;！？!?]+[。；;！？!?]?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度?");
  private static final Pattern LEAD = Pattern.compile("^([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．]"
      + "|[一二三四五六七八九十]是|其中|主要包括|具体包括|包括|本单位|本部门|[:：，,])+");
  private static final Pattern TRAIL = Pattern.compile("(预算数为|预算数|预算为|预算|为|共计|合计|[:：，,])+$");
  private static final Pattern EMPTY_TABLE =
      Pattern.compile("无(国有资本经营|政府性基金|一般公共预算)[^，,。；;]{0,8}?预算");
  private static final Pattern CONTENTS = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]\\s*(\\S.*)$");
  private static final Pattern ROW_UNIT = Pattern.compile("[（(](亿元|万元|元)[)）]");
  private static final String BOUNDARIES = "，,、：:";

  private final ProseScopes scopes;
  private final ReadReport.Builder report;
  private final List<Object> read = new ArrayList<>();
  private Optional<String> scope = Optional.empty();
  private AmountUnit rowUnit;
  private List<StatementDraft> paragraph;

  private ProseStatements(ProseScopes scopes, ReadReport.Builder report) {
    this.scopes = scopes;
    this.report = report;
  }

  /** Returns the statements of the paragraphs, in printed order. */
  static List<Statement> read(List<Paragraph> paragraphs, ProseScopes scopes, ReadReport.Builder report) {
    ProseStatements reader = new ProseStatements(scopes, report);
    paragraphs.forEach(reader::paragraph);
    return reader.read.stream().map(o -> o instanceof StatementDraft d ? d.build() : (Statement) o).toList();
  }

  private void paragraph(Paragraph paragraph) {
    this.paragraph = new ArrayList<>();
    contents(paragraph);
    switch (paragraph.kind()) {
      case HEADING -> scope = scopes.unit(paragraph.text().replaceFirst("^[一二三四五六七八九十]+、", "").strip());
      case ROW -> row(paragraph);
      case TEXT -> {
        Matcher sentence = SENTENCE.matcher(paragraph.text());
        String topic = null;
        while (sentence.find()) {
          topic = new Sentence(paragraph, sentence.start(), sentence.end(), topic).read();
        }
      }
      default -> throw new AssertionError("fiscal-transfer bug: a paragraph of no kind");
    }
  }

  /** A 目录 entry naming a standard table, or a sentence saying a table has no data. */
  private void contents(Paragraph paragraph) {
    Matcher entry = CONTENTS.matcher(paragraph.text());
    if (entry.matches()) {
      String title = BudgetColumns.label(entry.group(1));
      for (TableId id : TableId.values()) {
        if (BudgetColumns.label(id.title()).equals(title)) {
          read.add(new TableStatement(id, false, source(paragraph, 0, paragraph.text().length())));
        }
      }
    }
    Matcher empty = EMPTY_TABLE.matcher(paragraph.text());
    while (empty.find()) {
      TableId id = switch (empty.group(1)) {
        case "国有资本经营" -> TableId.STATE_CAPITAL;
        case "政府性基金" -> TableId.GOVERNMENT_FUND;
        default -> TableId.GENERAL_PUBLIC;
      };
      read.add(new TableStatement(id, true, source(paragraph, empty.start(), empty.end())));
    }
  }

  /** A row of a table printed in the prose (项目名称, 预算数（万元）, …). */
  private void row(Paragraph paragraph) {
    String[] cells = paragraph.text().split("\t", -1);
    Matcher unit = ROW_UNIT.matcher(paragraph.text());
    if (unit.find()) {
      rowUnit = AmountUnit.ofLabel(unit.group(1));
      return;
    }
    if (cells.length < 2 || cells[0].isBlank() || !FigureText.isFigure(cells[1].strip())) {
      return;
    }
    if (rowUnit == null) {
      unread(paragraph.at(0), paragraph.text(), "prose-table-no-unit", Arguments.none());
      return;
    }
    Optional<PrintedAmount> figure = amount(cells[1].strip() + rowUnit.label(), paragraph.at(0));
    figure.ifPresent(f -> add(new StatementDraft(topic(name(cells[0]), scope), f,
        source(paragraph, 0, paragraph.text().length()))));
  }

  /** Reads a figure with its unit; one that cannot be read exactly (finer than a fen) is reported. */
  private Optional<PrintedAmount> amount(String text, SourcePosition at) {
    try {
      return Optional.of(PrintedAmount.parse(text));
    } catch (IllegalArgumentException | ArithmeticException e) {
      report.add(ReadRule.VALUE, at, text, "not-exact", Arguments.of("detail", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private void add(StatementDraft draft) {
    read.add(draft);
    paragraph.add(draft);
  }

  private Topic topic(Named named, Optional<String> fallback) {
    Optional<String> unit = named.scoped().isPresent() ? Optional.ofNullable(named.scoped().get().unit()) : fallback;
    return new Topic(unit, named.name());
  }

  /** What the words before a figure name: the unit they start with (if any) and the rest without filler. */
  record Named(Optional<ProseScopes.Scoped> scoped, String name) {}

  private Named name(String words) {
    String text = LEAD.matcher(YEAR.matcher(words).replaceAll("").replaceAll("\\s+", "")).replaceFirst("");
    Optional<ProseScopes.Scoped> scoped = scopes.prefix(text);
    if (scoped.isPresent()) {
      text = LEAD.matcher(text.substring(scoped.get().printed().length())).replaceFirst("");
    }
    return new Named(scoped, TRAIL.matcher(text).replaceFirst(""));
  }

  private static Source source(Paragraph paragraph, int start, int end) {
    int first = start;
    while (first < end && Character.isWhitespace(paragraph.text().charAt(first))) {
      first++;
    }
    SourcePosition at = paragraph.at(first);
    return new Source(at.line(), at.column(), paragraph.text().substring(start, end).strip());
  }

  private void unread(SourcePosition at, String text, String variant, Arguments arguments) {
    report.add(ReadRule.NOT_READ, Severity.INFO, at, text, variant, arguments);
  }

  /** One sentence: its figures, percentages and sign words in printed order. */
  private final class Sentence {

    private final Paragraph paragraph;
    private final String text;
    private final int start;
    private final int end;
    private final String headingTopic;
    private final List<StatementDraft> drafts = new ArrayList<>();
    private Optional<String> sentenceScope;
    private StatementDraft target;
    private int consumed;

    Sentence(Paragraph paragraph, int start, int end, String headingTopic) {
      this.paragraph = paragraph;
      this.text = paragraph.text();
      this.start = start;
      this.end = end;
      this.headingTopic = headingTopic;
      this.sentenceScope = scope;
      this.consumed = start;
    }

    /** Reads the sentence; returns the topic a short sentence without figures names for those after it. */
    String read() {
      Matcher event = EVENT.matcher(text).region(start, end);
      boolean any = false;
      while (event.find()) {
        any = true;
        if (event.group(3) != null) {
          money(event);
        } else if (event.group(5) != null) {
          percent(event);
        } else if (event.group(6) != null) {
          share(event);
        } else {
          unchanged(event);
        }
        consumed = event.end();
      }
      String words = text.substring(start, end).strip();
      return any || words.length() > 24 ? headingTopic : name(words.replaceAll("[。；;]$", "")).name();
    }

    private void money(Matcher figure) {
      if (THRESHOLD.matcher(text.substring(figure.end(), end)).lookingAt()) {
        unread(paragraph.at(figure.start()), figure.group(), "prose-threshold", Arguments.none());
        return;
      }
      int boundary = consumed;
      for (int i = figure.start() - 1; i >= consumed; i--) {
        if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
          boundary = i + 1;
          break;
        }
      }
      String words = text.substring(boundary, figure.start());
      Optional<PrintedAmount> read = amount(figure.group(), paragraph.at(figure.start()));
      if (read.isEmpty()) {
        return;
      }
      PrintedAmount amount = read.get();
      Matcher change = CHANGE.matcher(words);
      if (change.find()) {
        change(figure, words.substring(0, change.start()), Direction.ofWord(change.group(1)).orElseThrow(), amount);
        return;
      }
      Named named = name(words);
      if (named.name().isEmpty() && named.scoped().isEmpty() && headingTopic != null) {
        named = new Named(Optional.empty(), headingTopic);
      }
      StatementDraft draft = new StatementDraft(topic(named, sentenceScope), amount,
          source(paragraph, boundary, end));
      if (named.scoped().isPresent()) {
        sentenceScope = Optional.ofNullable(named.scoped().get().unit());
      }
      drafts.add(draft);
      add(draft);
      target = draft;
    }

    private void change(Matcher figure, String words, Direction direction, PrintedAmount amount) {
      Matcher compared = COMPARED.matcher(words);
      String named = name(compared.find() ? words.substring(0, compared.start()) : words).name();
      StatementDraft found = named.isEmpty() ? unnamed() : named(named);
      target = found != null && found.change(direction, amount) ? found : null;
      if (target == null) {
        unread(paragraph.at(figure.start()), text.substring(start, end).strip(), "prose-change",
            Arguments.of("direction", direction).and("amount", amount));
      }
    }

    private StatementDraft unnamed() {
      if (!drafts.isEmpty()) {
        return drafts.get(drafts.size() - 1);
      }
      return ProseStatements.this.paragraph.isEmpty() ? null : ProseStatements.this.paragraph.get(0);
    }

    private StatementDraft named(String name) {
      String normal = normal(name);
      return ProseStatements.this.paragraph.stream().filter(d -> normal(d.topic.name()).startsWith(normal))
          .findFirst().orElse(null);
    }

    private void percent(Matcher percent) {
      Direction word = Direction.ofWord(percent.group(4)).orElseThrow();
      if (target == null || !target.percent(word, Percent.parse(percent.group(5) + "%"))) {
        unread(paragraph.at(percent.start()), percent.group(), "prose-percentage", Arguments.none());
      }
    }

    private void share(Matcher share) {
      if (target == null || drafts.size() < 2 || drafts.get(0) == target
          || !target.share(new Share(Percent.parse(share.group(6) + "%"), drafts.get(0).figure))) {
        unread(paragraph.at(share.start()), share.group(), "prose-share", Arguments.none());
      }
    }

    private void unchanged(Matcher word) {
      StatementDraft found = target != null ? target : unnamed();
      if (found == null || !found.change(Direction.UNCHANGED, null)) {
        unread(paragraph.at(word.start()), word.group(), "prose-level", Arguments.none());
      }
    }
  }

  private static String normal(String name) {
    return name.replaceAll("[\\s“”\"‘’'—–\\-]", "").replace('（', '(').replace('）', ')');
  }
}
