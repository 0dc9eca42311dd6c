package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.StandardTable;
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
  private static final Pattern SHARE = Pattern.compile("占([^，,。；;%％\\d]{0,20})(\\d{1,3}(?:\\.\\d{1,4})?)\\s*[%％]");
  /** 持平 of last year; not 基本持平, nor 决算数与预算数持平 (a 决算 against its budget). */
  private static final Pattern UNCHANGED = Pattern.compile("(?<!基本)(?<!预算数)(持平|保持一致)");
  /** A completion rate: the figure before it over the budget its sentence states (完成年初预算的 95.45%). */
  private static final Pattern COMPLETION =
      Pattern.compile("完成((?:年初|全年)?预算)数?的?\\s*(\\d{1,6}(?:\\.\\d{1,4})?)\\s*[%％]");
  /** A change word with a figure that prints neither % nor a unit (增长 13.95。): which of the two is meant is unknown. */
  private static final Pattern BARE_CHANGE = Pattern.compile(
      "(增长|下降|增幅|减幅|降幅|上升|降低)\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?![\\d.,])"
      + "(?!\\s*(?:[%％]|亿元|万元|元))");
  private static final Pattern EVENT = Pattern.compile(MONEY.pattern() + "|" + PERCENT.pattern() + "|"
      + SHARE.pattern() + "|" + UNCHANGED.pattern() + "|" + COMPLETION.pattern() + "|" + BARE_CHANGE.pattern());
  private static final Pattern THRESHOLD = Pattern.compile("^\\s*(?:[（(]含[)）])?\\s*及?(以上|以下)");
  private static final Pattern CHANGE = Pattern.compile("(增加|减少)\\s*$");
  private static final Pattern COMPARED = Pattern.compile("(比|较|与)");
  private static final Pattern SENTENCE = Pattern.compile("[^。；;！？!?]+[。；;！？!?]?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度?");
  private static final Pattern LEAD = Pattern.compile("^([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．]"
      + "|[一二三四五六七八九十]是|其中|主要包括|具体包括|包括|本单位|本部门|[:：，,])+");
  private static final Pattern TRAIL = Pattern.compile("((?<!年初|全年|调整)(预算数为|预算数|预算为|预算)|为|共计|合计|[:：，,])+$");
  private static final Pattern EMPTY_TABLE = Pattern.compile("无(国有资本经营|政府性基金|一般公共预算)[^，,。；;]{0,8}?预算"
      + "|无[“\"]三公[”\"]经费[^，,。；;]{0,8}?支出");
  /** A name that says only which figure of the thing named before it: 年初预算, 全年预算, 支出决算. */
  private static final Pattern FACET = Pattern.compile("(支出)?(决算数?|年初预算数?|全年预算数?|预算数?)$");
  /** A sentence that says what the figures after it are spent on, not what they are. */
  private static final Pattern PURPOSE = Pattern.compile("^(主要用于|主要包括|用于)");
  private static final Pattern CONTENTS = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]\\s*(\\S.*)$");
  private static final Pattern ROW_UNIT = Pattern.compile("[（(](亿元|万元|元)[)）]");
  private static final String BOUNDARIES = "，,、：:";

  private final ProseScopes scopes;
  private final List<? extends StandardTable> tables;
  private final ReadReport.Builder report;
  private final List<Object> read = new ArrayList<>();
  private Optional<String> scope = Optional.empty();
  private AmountUnit rowUnit;
  private List<StatementDraft> paragraph;
  /** The last figure of a paragraph ending in a colon: the whole of the shares the next paragraph lists. */
  private StatementDraft listed;
  private boolean endsInColon;
  /** The topic the last paragraph's sentences named, for the paragraph after a colon or a 类/款/项 title. */
  private String listedTopic;
  /** The figures a share was printed for: none of them is the whole of another share. */
  private final List<StatementDraft> parts = new ArrayList<>();

  private ProseStatements(ProseScopes scopes, List<? extends StandardTable> tables, ReadReport.Builder report) {
    this.scopes = scopes;
    this.tables = tables;
    this.report = report;
  }

  /** Returns the statements of the paragraphs, in printed order, the tables named from the given family. */
  static List<Statement> read(List<Paragraph> paragraphs, ProseScopes scopes, List<? extends StandardTable> tables,
      ReadReport.Builder report) {
    ProseStatements reader = new ProseStatements(scopes, tables, report);
    paragraphs.forEach(reader::paragraph);
    return reader.read.stream().map(o -> o instanceof StatementDraft d ? d.build() : (Statement) o).toList();
  }

  private void paragraph(Paragraph paragraph) {
    boolean afterColon = endsInColon;
    listed = !afterColon || this.paragraph.isEmpty() ? null : this.paragraph.get(this.paragraph.size() - 1);
    endsInColon = paragraph.text().endsWith("：") || paragraph.text().endsWith(":");
    boolean item = listedTopic != null && (listedTopic.contains("（项）") || listedTopic.contains("(项)"));
    String carried = afterColon || item ? listedTopic : null;
    listedTopic = null;
    this.paragraph = new ArrayList<>();
    contents(paragraph);
    switch (paragraph.kind()) {
      case HEADING -> scope = scopes.unit(paragraph.text().replaceFirst("^[一二三四五六七八九十]+、", "").strip());
      case ROW -> row(paragraph);
      case TEXT -> {
        Matcher sentence = SENTENCE.matcher(paragraph.text());
        String topic = carried;
        while (sentence.find()) {
          topic = new Sentence(paragraph, sentence.start(), sentence.end(), topic).read();
        }
        listedTopic = topic;
      }
      default -> throw new AssertionError("fiscal-transfer bug: a paragraph of no kind");
    }
  }

  /** A 目录 entry naming a standard table, or a sentence saying a table has no data. */
  private void contents(Paragraph paragraph) {
    Matcher entry = CONTENTS.matcher(paragraph.text());
    if (entry.matches()) {
      String title = BudgetColumns.label(entry.group(1));
      for (StandardTable id : tables) {
        if (BudgetColumns.label(id.title()).equals(title)) {
          read.add(new TableStatement(id, false, source(paragraph, 0, paragraph.text().length())));
        }
      }
    }
    Matcher empty = EMPTY_TABLE.matcher(paragraph.text());
    while (empty.find()) {
      String key = empty.group(1) == null ? "threePublic" : switch (empty.group(1)) {
        case "国有资本经营" -> "stateCapital";
        case "政府性基金" -> "governmentFund";
        default -> "generalPublic";
      };
      tables.stream().filter(t -> t.key().equals(key)).findFirst().ifPresent(id ->
          read.add(new TableStatement(id, true, source(paragraph, empty.start(), empty.end()))));
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
        } else if (event.group(7) != null) {
          share(event);
        } else if (event.group(8) != null) {
          unchanged(event);
        } else if (event.group(9) != null) {
          completion(event);
        } else {
          unread(paragraph.at(event.start()), event.group(), "prose-bare-change", Arguments.none());
        }
        consumed = event.end();
      }
      String words = text.substring(start, end).strip();
      boolean item = words.contains("（项）") || words.contains("(项)");
      return any || !item && words.length() > 24 || PURPOSE.matcher(words).find() ? headingTopic
          : name(words.replaceAll("[。；;]$", "")).name();
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
      String words = text.substring(boundary, figure.start()).replaceFirst("^.*[（(]含", "");
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
      } else if (named.scoped().isEmpty() && FACET.matcher(named.name()).lookingAt() && (!drafts.isEmpty()
          || headingTopic != null)) {
        String before = drafts.isEmpty() ? headingTopic : drafts.get(drafts.size() - 1).topic.name();
        named = new Named(Optional.empty(), FACET.matcher(before).replaceFirst("") + named.name());
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

    /** The paragraph's statement the name starts, else the latest statement read before it of that name. */
    private StatementDraft named(String name) {
      String normal = normal(name);
      StatementDraft found = ProseStatements.this.paragraph.stream()
          .filter(d -> normal(d.topic.name()).startsWith(normal)).findFirst().orElse(null);
      String bare = normal.replaceFirst("数$", "");
      for (int i = read.size() - 1; found == null && i >= 0; i--) {
        if (read.get(i) instanceof StatementDraft d && normal(d.topic.name()).equals(bare)) {
          found = d;
        }
      }
      return found;
    }

    private void percent(Matcher percent) {
      Direction word = Direction.ofWord(percent.group(4)).orElseThrow();
      if (target == null || !target.percent(word, Percent.parse(percent.group(5) + "%"))) {
        unread(paragraph.at(percent.start()), percent.group(), "prose-percentage", Arguments.none());
      }
    }

    /**
     * A share of the whole it names (占本年支出合计的), else of the sentence's first figure, else of the figure the
     * paragraph before lists by (…主要用于以下方面：), else of the paragraph's first figure: never of a part.
     */
    private void share(Matcher share) {
      String named = share.group(6).replaceFirst("的\\s*$", "");
      StatementDraft whole = whole(named.isBlank() ? "" : normal(name(named).name()));
      if (target != null) {
        parts.add(target);
      }
      if (target == null || whole == null
          || !target.share(new Share(Percent.parse(share.group(7) + "%"), whole.figure))) {
        unread(paragraph.at(share.start()), share.group(), "prose-share", Arguments.none());
      }
    }

    /**
     * A completion rate is the share of the figure before it in the budget its sentence states of the same thing
     * (一般公共预算财政拨款支出年初预算为…，支出决算为…，完成年初预算的…).
     */
    private void completion(Matcher rate) {
      StatementDraft budget = null;
      for (StatementDraft draft : drafts) {
        String name = normal(draft.topic.name());
        if (target != null && draft != target && name.endsWith(rate.group(9)) && bare(name).equals(bare(normal(
            target.topic.name())))) {
          budget = draft;
        }
      }
      if (target == null || budget == null
          || !target.share(new Share(Percent.parse(rate.group(10) + "%"), budget.figure))) {
        unread(paragraph.at(rate.start()), rate.group(), "prose-completion", Arguments.none());
      }
    }

    private StatementDraft whole(String named) {
      for (int i = read.size() - 1; !named.isEmpty() && i >= 0; i--) {
        if (read.get(i) instanceof StatementDraft d && d != target && normal(d.topic.name()).equals(named)) {
          return d;
        }
      }
      List<StatementDraft> candidates = new ArrayList<>();
      if (drafts.size() >= 2) {
        candidates.add(drafts.get(0));
      }
      if (listed != null) {
        candidates.add(listed);
      }
      if (!ProseStatements.this.paragraph.isEmpty()) {
        candidates.add(ProseStatements.this.paragraph.get(0));
      }
      return candidates.stream().filter(d -> d != target && !parts.contains(d)).findFirst().orElse(null);
    }

    private void unchanged(Matcher word) {
      StatementDraft found = target != null ? target : unnamed();
      if (found == null || !found.change(Direction.UNCHANGED, null)) {
        unread(paragraph.at(word.start()), word.group(), "prose-level", Arguments.none());
      }
    }
  }

  /** A name without the facet it ends with: 年初预算, 全年预算, 支出决算. */
  private static String bare(String name) {
    return FACET.matcher(name).replaceFirst("");
  }

  private static String normal(String name) {
    return name.replaceAll("[\\s“”\"‘’'—–\\-]", "").replace('（', '(').replace('）', ')');
  }
}
