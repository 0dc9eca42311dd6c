package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a notice's body tells its recipient to do by when: a deadline (于7月24日前, 于2022年2月9日前, 于30天内,
 * 请于3日内) and the action that follows it up to the end of the clause (报省财政厅、省商务厅).
 */
final class Duties {

  static final Pattern DEADLINE = Pattern.compile(
      "于\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:前|之前)|(\\d{1,3})\\s*(?:个工作日|日|天)\\s*(?:内|之内))");
  private static final Pattern LOOSE = Pattern.compile("于[\\d\\s年月]*\\d[\\d\\s]*(?:日|天|个工作日)\\s*(?:前|之前|内|之内)");
  private static final Pattern SPLIT_DIGITS = Pattern.compile("\\d\\s+\\d");
  private static final Pattern CLAUSE_END = Pattern.compile("[。；;，,]");

  private Duties() {}

  static void parse(JoinedText body, ParsedNotice notice) {
    String text = body.text();
    Matcher loose = LOOSE.matcher(text);
    while (loose.find()) {
      if (SPLIT_DIGITS.matcher(loose.group()).find()) {
        notice.report.add(ReadRule.AMBIGUOUS, body.at(loose.start()), loose.group(),
            "deadline", Arguments.none());
        continue;
      }
      Matcher deadline = DEADLINE.matcher(loose.group());
      if (deadline.matches()) {
        duty(body, loose.start(), loose.end(), notice);
      }
    }
  }

  /** The action after a deadline, up to the end of its clause. */
  private static void duty(JoinedText body, int start, int deadlineEnd, ParsedNotice notice) {
    String text = body.text();
    Matcher end = CLAUSE_END.matcher(text);
    int actionEnd = end.find(deadlineEnd) ? end.start() : text.length();
    String action = text.substring(deadlineEnd, actionEnd).strip();
    if (!action.isEmpty()) {
      notice.duties.add(new ParsedNotice.Duty(new LocatedText(action, body.at(text.indexOf(action, deadlineEnd))),
          new LocatedText(NoticeLines.compact(text.substring(start, deadlineEnd)), body.at(start))));
    }
  }
}
