package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a notice's body tells its recipient to do by when: a deadline (于7月24日前, 于2022年2月9日前, 于30天内,
 * 请于3日内) and the action that follows it up to the end of the clause (报省财政厅、省商务厅).
 */
final class Duties {

  static final Pattern DEADLINE = Pattern.compile(
      "于\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:前|之前)|(\\d{1,3})\\s*(?:个工作日|日|天)\\s*(?:内|之内))");
  private static final Pattern CLAUSE_END = Pattern.compile("[。；;]");

  private Duties() {}

  static void parse(JoinedText body, ParsedNotice notice) {
    String text = body.text();
    Matcher deadline = DEADLINE.matcher(text);
    while (deadline.find()) {
      Matcher end = CLAUSE_END.matcher(text);
      int actionEnd = end.find(deadline.end()) ? end.start() : text.length();
      String action = text.substring(deadline.end(), actionEnd).replaceAll("^[，,\\s]+", "").strip();
      if (!action.isEmpty()) {
        notice.duties.add(new ParsedNotice.Duty(
            new LocatedText(action, body.at(text.indexOf(action, deadline.end()))),
            new LocatedText(NoticeLines.compact(deadline.group()), body.at(deadline.start()))));
      }
    }
  }
}
