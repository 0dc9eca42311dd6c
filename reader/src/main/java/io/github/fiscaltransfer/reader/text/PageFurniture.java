package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.regex.Matcher;

/**
 * Reads a disclosure page's metadata block (索引号, 发布机构, 成文日期, 公开方式, 文号): the number, the 成文日期 and
 * the disclosure go into their fields (the notice's own printing wins); the rest is reported as skipped.
 */
final class PageFurniture {

  private final SourceLines lines;
  private final ParsedNotice notice;

  PageFurniture(SourceLines lines, ParsedNotice notice) {
    this.lines = lines;
    this.notice = notice;
  }

  /** Reads the key-value pairs of one metadata line. */
  void metadata(int index) {
    String line = lines.line(index);
    Matcher pair = NoticeLines.METADATA.matcher(line);
    while (pair.find()) {
      LocatedText value = new LocatedText(pair.group(2), lines.at(index, pair.start(2)));
      switch (pair.group(1)) {
        case "文号" -> {
          Matcher number = NoticeLines.NUMBER.matcher(line);
          if (notice.number == null && number.find(pair.start(2))) {
            notice.number = new LocatedText(number.group(), lines.at(index, number.start()));
            notice.numberFromMetadata = true;
          }
        }
        case "成文日期" -> notice.metadataDate = value;
        case "公开方式" -> notice.disclosure = notice.disclosure == null ? value : notice.disclosure;
        default -> notice.report.add(ReadRule.NOT_READ, Severity.INFO, lines.at(index, pair.start(1)),
            pair.group(1) + " " + pair.group(2), "page-metadata", Arguments.none());
      }
    }
  }
}
