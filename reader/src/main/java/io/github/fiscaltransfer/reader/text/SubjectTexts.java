package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the subjects a notice's body prints, of every classification and in each placement: in quotes with the code
 * first (“2160299其他商业流通事务支出”) or last (“…收入（1100249）”), or unquoted with the code in parentheses after
 * the name (边境地区转移支付收入(1100230)). The code's first digit says the classification: 1 revenue, 2 function,
 * 3 and 5 economic.
 */
final class SubjectTexts {

  private static final Pattern QUOTED = Pattern.compile("“([^“”]{1,80})”");
  private static final Pattern NAMED_CODE = Pattern.compile("\\p{IsHan}{2,30}(?:收入|支出)\\s*[（(]\\s*\\d{3,7}\\s*[）)]");
  /** A code first, its digits possibly split by spaces (then reported, never read as another code). */
  private static final Pattern CODE_FIRST = Pattern.compile("^\\s*\\d(?:\\s?\\d){2,}(?![\\d.])");
  private static final Pattern CODE_LAST = Pattern.compile("[（(]\\s*\\d(?:\\s?\\d){2,}\\s*[）)]\\s*$");
  private static final Pattern SPLIT_DIGITS = Pattern.compile("\\d\\s+\\d");

  private final JoinedText body;
  private final ParsedNotice notice;
  private final List<String> seen = new ArrayList<>();

  SubjectTexts(JoinedText body, ParsedNotice notice) {
    this.body = body;
    this.notice = notice;
  }

  void parse() {
    Matcher quoted = QUOTED.matcher(body.text());
    while (quoted.find()) {
      String content = quoted.group(1);
      if (CODE_FIRST.matcher(content).find() || CODE_LAST.matcher(content).find()) {
        add(content, quoted.start(1));
      }
    }
    Matcher named = NAMED_CODE.matcher(body.text());
    while (named.find()) {
      if (!insideQuotes(named.start())) {
        add(named.group(), named.start());
      }
    }
  }

  private boolean insideQuotes(int at) {
    String text = body.text();
    return text.lastIndexOf('“', at) > text.lastIndexOf('”', at);
  }

  private void add(String content, int offset) {
    String text = content.strip().replaceAll("\\s+", " ");
    LocatedText located = new LocatedText(text, body.at(offset + content.indexOf(content.strip())));
    if (SPLIT_DIGITS.matcher(text.replaceAll("^\\d+ (?=\\D)", "")).find()) {
      notice.report.add(ReadRule.AMBIGUOUS, located.position(), text, "code", Arguments.none());
      return;
    }
    String digits = text.replaceAll("\\D", "");
    if (seen.contains(digits)) {
      return;
    }
    seen.add(digits);
    switch (digits.charAt(0)) {
      case '1' -> notice.revenueSubject = keepFirst(notice.revenueSubject, located, "revenue");
      case '2' -> notice.expenditureSubject = keepFirst(notice.expenditureSubject, located, "expenditure");
      case '3', '5' -> notice.economicSubjects.add(located);
      default -> notice.report.add(ReadRule.VALUE, located.position(), text, "quoted-code", Arguments.none());
    }
  }

  private LocatedText keepFirst(LocatedText first, LocatedText next, String role) {
    if (first == null) {
      return next;
    }
    notice.report.add(ReadRule.NOT_READ, Severity.WARNING, next.position(), next.text(), "second-subject",
        Arguments.of("role", role).and("first", first.text()));
    return first;
  }
}
