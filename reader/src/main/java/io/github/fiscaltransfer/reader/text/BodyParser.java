package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the values a notice's body states: the documents it cites (told apart by {@link Citations}), the
 * operative sentence (现…下达 2022 年…共 10,831 万元, 现下达你市…, 予以安排…共…万元) with the year, source, amount
 * (or its blank) and 其中 parts, the project code, the subjects of every classification, the fund labels and the
 * deadlines ({@link Duties}).
 */
final class BodyParser {

  private static final Pattern VERB = Pattern.compile("现(?:由[^，,。《]{1,10})?(提前)?(预)?下达|现明确|予以安排|现安排");
  private static final Pattern YEAR = Pattern.compile("(\\d[\\d ]*\\d)\\s*年");
  private static final Pattern AMOUNT = Pattern.compile("(?<![A-Za-z0-9.,])(\\d[\\d,. ]*)\\s*(亿元|万元|元)");
  private static final Pattern BLANK = Pattern.compile("资金\\s*(亿元|万元|元)");
  /** A grant's name after its year (group 1 年 or 年度, group 2 its batch 第N批, group 3 the name). */
  static final Pattern GRANT = Pattern.compile("(年(?:度)?)\\s*(第[一二三四五六七八九十\\d]+批)?"
      + "([^，,。；（(]+?资金(?:[（(][^）)]{1,20}[）)])?)(?:预算)?(?:共)?\\s*(?:\\d|亿元|万元|元|的通知)");
  private static final Pattern TO_ADDRESSEE = Pattern.compile("^\\s*(你(?:市|区|县|州|省|镇|乡|局|单位)++)(?![、，,])");
  /** 其中 parts after the total: in brackets (其中直接费用…), or after a comma (，其中省级留用…，下达各地市…). */
  private static final Pattern PARTS = Pattern.compile("^\\s*(?:[（(]其中([^）)]+)[）)]"
      + "|(?:[（(][^）)]*[）)])?\\s*[，,]\\s*其中[:：]?([^。；;（(]+))");
  private static final Pattern PART = Pattern.compile("([^\\d,，、;；]+?)\\s*(\\d[\\d,.]*\\s*(?:亿元|万元|元|亿|万)?)");
  private static final Pattern PROJECT_CODE = Pattern.compile("项目代码[：:]?\\s*([A-Z][\\d ]*\\d)");
  private static final Pattern SPLIT_DIGITS = Pattern.compile("\\d\\s+\\d");
  private static final Pattern LABEL = Pattern.compile("标识为“([^”]+)”");
  static final List<String> SOURCES = List.of("中央", "省级", "省财政", "市级", "县级");

  private final JoinedText body;
  private final ParsedNotice notice;

  private BodyParser(JoinedText body, ParsedNotice notice) {
    this.body = body;
    this.notice = notice;
  }

  /** Parses a body into the notice. */
  static void parse(JoinedText body, ParsedNotice notice) {
    new BodyParser(body, notice).parse();
  }

  private void parse() {
    String text = body.text();
    Matcher verb = VERB.matcher(text);
    int verbAt = verb.find() ? verb.start() : text.length();
    if (verbAt < text.length()) {
      notice.verb = located(verb.group(), verb.start());
      operativeSentence(verb.start(), verb.end());
    }
    Citations.parse(body, verbAt, notice);
    notice.projectCode = first(PROJECT_CODE, 1);
    new SubjectTexts(body, notice).parse();
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      LocatedText code = code(label.group(1), label.start(1));
      if (code != null) {
        notice.labels.add(code);
      }
    }
    Duties.parse(body, notice);
  }

  /** The sentence of 现…下达: its addressee, first year, source (中央, 省…), grant, first amount and 其中 parts. */
  private void operativeSentence(int verbStart, int from) {
    String text = body.text();
    int end = text.indexOf('。', from);
    String sentence = text.substring(from, end < 0 ? text.length() : end);
    Matcher amount = AMOUNT.matcher(sentence);
    Matcher blank = BLANK.matcher(sentence);
    int amountAt = amount.find() ? amount.start() : sentence.length();
    boolean blankFirst = blank.find() && blank.start(1) < amountAt;
    int figureAt = blankFirst ? blank.start(1) : amountAt;
    Matcher addressee = TO_ADDRESSEE.matcher(sentence);
    if (addressee.find()) {
      notice.toAddressee = located(addressee.group(1), from + addressee.start(1));
    }
    Matcher year = YEAR.matcher(sentence.substring(0, figureAt));
    if (year.find()) {
      notice.fiscalYear = figure(year.group(1), from + year.start(1), "year");
      Matcher grant = GRANT.matcher(sentence.substring(year.start()));
      if (grant.find()) {
        notice.bodyGrantName = located(grantName(year.group(1), grant), from + year.start()
            + (grant.group(2) == null ? grant.start(3) : 0));
      }
    }
    notice.fundingSource = source(text.substring(verbStart, from + figureAt), verbStart);
    if (blankFirst) {
      notice.blankTotal = located(blank.group(1), from + blank.start(1));
    } else if (amountAt < sentence.length()) {
      LocatedText figure = figure(amount.group(1).strip(), from + amount.start(1), "amount");
      notice.statedTotal = figure == null ? null
          : new LocatedText(figure.text() + amount.group(2), figure.position());
      parts(sentence.substring(amount.end()), from + amount.end());
    }
  }

  /**
   * The grant's name as printed: with its year and batch where it prints a batch (2017年第二批中央服务业发展专项资金), a
   * batch being numbered within its year; else the name alone, the year being the grant's fiscal year.
   */
  static String grantName(String year, Matcher grant) {
    String name = grant.group(2) == null ? grant.group(3)
        : year.replace(" ", "") + grant.group(1) + grant.group(2) + grant.group(3);
    return NoticeLines.compact(name);
  }

  private void parts(String after, int offset) {
    Matcher parts = PARTS.matcher(after);
    if (!parts.find()) {
      return;
    }
    int group = parts.group(1) != null ? 1 : 2;
    Matcher part = PART.matcher(parts.group(group));
    int base = offset + parts.start(group);
    while (part.find()) {
      String name = part.group(1).replaceAll("^[\\s,，、;；]+", "").strip();
      if (!name.isEmpty()) {
        notice.parts.add(new ParsedNotice.Part(located(name, base + part.start(1)),
            located(part.group(2).replace(" ", ""), base + part.start(2))));
      }
    }
  }

  private LocatedText source(String text, int offset) {
    for (String source : SOURCES) {
      int at = text.indexOf(source);
      if (at >= 0) {
        return located(source, offset + at);
      }
    }
    return null;
  }

  /** Reads a figure whose pieces may be split by spaces; an ambiguous or invalid one is reported and null. */
  private LocatedText figure(String raw, int offset, String what) {
    FigureText.Figure figure = FigureText.join(Arrays.asList(raw.strip().split("\\s+")));
    LocatedText located = located(figure.text(), offset);
    switch (figure.kind()) {
      case SINGLE -> {
        return located;
      }
      case JOINED -> {
        notice.report.add(ReadRule.JOINED, located.position(), raw, "pieces", Arguments.of("what", what));
        return located;
      }
      case AMBIGUOUS -> notice.report.add(ReadRule.AMBIGUOUS, located.position(), raw, "figure",
          Arguments.of("what", what));
      default -> notice.report.add(ReadRule.VALUE, located.position(), raw, "not-figure", Arguments.of("what", what));
    }
    return null;
  }

  /** The first match's group, white space collapsed; digits split by a space are reported and not read. */
  private LocatedText first(Pattern pattern, int group) {
    Matcher matcher = pattern.matcher(body.text());
    return matcher.find() ? code(matcher.group(group), matcher.start(group)) : null;
  }

  private LocatedText code(String text, int offset) {
    LocatedText located = located(text.strip().replaceAll("\\s+", " "), offset);
    if (SPLIT_DIGITS.matcher(text).find()) {
      notice.report.add(ReadRule.AMBIGUOUS, located.position(), text, "code", Arguments.none());
      return null;
    }
    return located;
  }

  private LocatedText located(String text, int offset) {
    return new LocatedText(text, body.at(offset));
  }
}
