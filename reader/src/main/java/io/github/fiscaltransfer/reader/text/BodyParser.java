package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the values a notice's body states: the documents it cites, the operative sentence (现…下达 2022 年…共
 * 10,831 万元) with the year, source and amount, the project code, the subjects and the fund labels.
 */
final class BodyParser {

  private static final Pattern VERB = Pattern.compile("现(提前)?(预)?下达|现明确");
  private static final Pattern YEAR = Pattern.compile("(\\d[\\d ]*\\d)\\s*年");
  private static final Pattern AMOUNT = Pattern.compile("(?<![A-Za-z0-9.,])(\\d[\\d,. ]*)\\s*(亿元|万元|元)");
  private static final Pattern GRANT = Pattern.compile("年(?:度)?([^，,。；（(]+?资金)(?:预算)?(?:共)?\\s*\\d");
  private static final Pattern PROJECT_CODE = Pattern.compile("项目代码[：:]?\\s*([A-Z][\\d ]*\\d)");
  private static final Pattern REVENUE = Pattern.compile("收入列(?:入)?[^“”。]{0,20}“([^”]+)”");
  private static final Pattern EXPENDITURE = Pattern.compile("支出(?:功能科目)?列(?:入)?[^“”。]{0,20}“([^”]+)”");
  private static final Pattern SPLIT_DIGITS = Pattern.compile("\\d\\s+\\d");
  private static final Pattern LABEL = Pattern.compile("标识为“([^”]+)”");

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
      operativeSentence(verb.end());
    }
    citations(text.substring(0, verbAt));
    notice.projectCode = first(PROJECT_CODE, 1);
    notice.revenueSubject = first(REVENUE, 1);
    notice.expenditureSubject = first(EXPENDITURE, 1);
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      LocatedText code = code(label.group(1), label.start(1));
      if (code != null) {
        notice.labels.add(code);
      }
    }
  }

  private void citations(String beforeVerb) {
    Matcher citation = NoticeLines.CITATION.matcher(beforeVerb);
    while (citation.find()) {
      LocatedText title = located(NoticeLines.citation(citation.group(1)), citation.start(1));
      LocatedText number = citation.group(2) == null ? null
          : located(NoticeLines.compact(citation.group(2)), citation.start(2));
      notice.basis.add(new ParsedNotice.Citation(title, number));
    }
  }

  /** The sentence after 现…下达: its first year, its source (中央, 省…), its grant and its first amount. */
  private void operativeSentence(int from) {
    String text = body.text();
    int end = text.indexOf('。', from);
    String sentence = text.substring(from, end < 0 ? text.length() : end);
    Matcher amount = AMOUNT.matcher(sentence);
    int amountAt = amount.find() ? amount.start() : sentence.length();
    Matcher year = YEAR.matcher(sentence.substring(0, amountAt));
    if (year.find()) {
      notice.fiscalYear = figure(year.group(1), from + year.start(1), "year");
      String before = sentence.substring(year.end(), amountAt);
      notice.fundingSource = source(before, from + year.end());
      Matcher grant = GRANT.matcher(sentence.substring(year.start()));
      if (grant.find()) {
        notice.bodyGrantName = located(NoticeLines.compact(grant.group(1)), from + year.start() + grant.start(1));
      }
    }
    if (amountAt < sentence.length()) {
      LocatedText figure = figure(amount.group(1).strip(), from + amount.start(1), "amount");
      notice.statedTotal = figure == null ? null
          : new LocatedText(figure.text() + amount.group(2), figure.position());
    }
  }

  private LocatedText source(String text, int offset) {
    for (String source : List.of("中央", "省级", "省财政", "市级", "县级")) {
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
        notice.report.add(ReadRule.JOINED, located.position(), raw, "the " + what + " joined from pieces");
        return located;
      }
      case AMBIGUOUS -> notice.report.add(ReadRule.AMBIGUOUS, located.position(), raw,
          "the " + what + " is digits split by spaces: one figure or several; not read");
      default -> notice.report.add(ReadRule.VALUE, located.position(), raw, "the " + what + " is not a figure");
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
      notice.report.add(ReadRule.AMBIGUOUS, located.position(), text, "digits split by a space inside a code");
      return null;
    }
    return located;
  }

  private LocatedText located(String text, int offset) {
    return new LocatedText(text, body.at(offset));
  }
}
