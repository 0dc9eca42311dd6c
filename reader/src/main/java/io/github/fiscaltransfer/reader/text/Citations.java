package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.reader.LocatedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents a notice's body cites and tells them apart: the parent notice the money comes from (根据…下达
 * …资金的通知, 从《…》中支付), a rule the notice applies (管理办法, 实施细则), or a plan it carries out (实施计划,
 * 分配方案). Every citation before the operative verb is kept; after it, those that print a number.
 */
final class Citations {

  private static final Pattern RULE = Pattern.compile("办法|细则|规定|条例|制度|预算法|意见");
  private static final Pattern PLAN = Pattern.compile("计划|方案|清单");
  private static final Pattern SOURCE = Pattern.compile("(下达|安排|拨付|分配).*(资金|预算|补助|经费)");
  private static final Pattern PAID_FROM = Pattern.compile("^\\s*中(支付|列支|安排|拨付)");

  private Citations() {}

  static void parse(JoinedText body, int verbAt, ParsedNotice notice) {
    Matcher citation = NoticeLines.CITATION.matcher(body.text());
    while (citation.find()) {
      if (citation.start() > verbAt && citation.group(2) == null) {
        continue;
      }
      String title = NoticeLines.citation(citation.group(1));
      LocatedText located = new LocatedText(title, body.at(citation.start(1)));
      LocatedText number = citation.group(2) == null ? null
          : new LocatedText(NoticeLines.compact(citation.group(2)), body.at(citation.start(2)));
      boolean paidFrom = PAID_FROM.matcher(body.text().substring(citation.end())).find();
      notice.basis.add(new ParsedNotice.Citation(located, number, paidFrom ? DocumentReference.Role.SOURCE
          : role(title)));
    }
  }

  /** What a title says the cited document is: a rule, a plan, a notice that allocates money, or none of these. */
  static DocumentReference.Role role(String title) {
    if (RULE.matcher(title).find()) {
      return DocumentReference.Role.RULE;
    }
    if (PLAN.matcher(title).find()) {
      return DocumentReference.Role.PLAN;
    }
    return SOURCE.matcher(title).find() ? DocumentReference.Role.SOURCE : DocumentReference.Role.BASIS;
  }
}
