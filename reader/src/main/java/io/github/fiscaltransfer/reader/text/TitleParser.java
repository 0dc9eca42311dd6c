package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a notice's title says where the body does not: the fiscal year, the grant's name and source
 * (关于下达2017年第二批中央服务业发展专项资金的通知), and the issuing authorities before 关于 (永嘉县财政局
 * 永嘉县农业农村局 永嘉县乡村振兴局 关于…).
 */
final class TitleParser {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

  private TitleParser() {}

  static void parse(ParsedNotice notice) {
    if (notice.title == null) {
      return;
    }
    String title = notice.title.text();
    Matcher year = YEAR.matcher(title);
    if (year.find()) {
      notice.titleYear = new LocatedText(year.group(1), notice.title.position());
      Matcher grant = BodyParser.GRANT.matcher(title.substring(year.start()));
      if (grant.find()) {
        notice.titleGrantName = new LocatedText(BodyParser.grantName(year.group(1), grant), notice.title.position());
      }
    }
    String subject = title.substring(Math.max(title.indexOf("关于"), 0));
    for (String source : BodyParser.SOURCES) {
      if (subject.contains(source)) {
        notice.titleSource = new LocatedText(source, notice.title.position());
        break;
      }
    }
    int about = notice.titleText == null ? -1 : notice.titleText.indexOf("关于");
    if (about > 0 && notice.authority == null) {
      List<String> names = NoticeLines.authorities(notice.titleText.substring(0, about));
      if (!names.isEmpty()) {
        notice.titleAuthorities.addAll(names);
      }
    }
  }

  /** Takes the authorities the title names when neither a 文件 header nor a signature names one. */
  static void authorities(ParsedNotice notice) {
    if (notice.authority != null || notice.titleAuthorities.isEmpty()) {
      return;
    }
    notice.authority = new LocatedText(notice.titleAuthorities.get(0), notice.title.position());
    if (notice.coIssuers.isEmpty()) {
      notice.titleAuthorities.stream().skip(1)
          .forEach(name -> notice.coIssuers.add(new LocatedText(name, notice.title.position())));
    }
  }
}
