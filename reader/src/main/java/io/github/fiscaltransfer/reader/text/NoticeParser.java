package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the notices of a text: where each starts (an urgency mark or a 文件 header), then each notice's header
 * (urgency, number, title, addressee), body, attachment list and what follows it ({@link AttachmentParser}).
 */
final class NoticeParser {

  private static final Pattern ITEM = Pattern.compile("(\\d{1,2})\\s*[.．、]\\s*(.*)");

  private final SourceLines lines;

  NoticeParser(SourceLines lines) {
    this.lines = lines;
  }

  /** Returns the 0-based first line of each notice (the first from line 0), then the number of lines. */
  List<Integer> boundaries() {
    List<Integer> starts = new ArrayList<>();
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String stripped = lines.stripped(i);
      if (stripped.isEmpty()) {
        continue;
      }
      boolean header = NoticeLines.isFileHeader(stripped) && !NoticeLines.isUrgency(previous);
      if (NoticeLines.isUrgency(stripped) || header) {
        starts.add(i);
      }
      previous = stripped;
    }
    if (starts.isEmpty()) {
      starts.add(0);
    }
    starts.set(0, 0);
    starts.add(lines.size());
    return starts;
  }

  /** Parses the notice on lines {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
  ParsedNotice parse(int from, int to) {
    ParsedNotice notice = new ParsedNotice();
    int addressee = header(notice, from, to);
    if (addressee < 0) {
      int first = firstLine(from, to, text -> !text.isEmpty());
      notice.report.add(ReadRule.UNREAD, first < to ? lines.start(first) : SourcePosition.inText(from + 1, 1),
          first < to ? lines.stripped(first) : "", "no-addressee",
          Arguments.of("from", from + 1).and("to", Math.max(to, from + 1)));
      return notice;
    }
    int listStart = firstLine(addressee + 1, to, NoticeLines::isListStart);
    int bodyEnd = listStart < to ? listStart : firstLine(addressee + 1, to, NoticeLines::endsList);
    BodyParser.parse(JoinedText.of(lines, addressee + 1, bodyEnd), notice);
    TitleParser.parse(notice);
    int after = listStart < to ? attachmentList(notice, listStart, to) : bodyEnd;
    new AttachmentParser(lines, notice).parse(after, to);
    return notice;
  }

  /** Returns the first line from {@code from} whose stripped text passes a test, or {@code to} if none does. */
  private int firstLine(int from, int to, Predicate<String> test) {
    for (int i = from; i < to; i++) {
      if (test.test(lines.stripped(i))) {
        return i;
      }
    }
    return to;
  }

  /** Reads urgency, 文件 header, number and title; returns the addressee line, or -1 if there is none. */
  private int header(ParsedNotice notice, int from, int to) {
    List<Integer> title = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String stripped = lines.stripped(i);
      if (stripped.isEmpty()) {
        continue;
      }
      if (NoticeLines.isAddressee(stripped)) {
        notice.addressee = new LocatedText(stripped.substring(0, stripped.length() - 1).strip(), lines.start(i));
        notice.title = title.isEmpty() ? null : title(notice, title);
        return i;
      }
      if (NoticeLines.isMetadata(stripped)) {
        new PageFurniture(lines, notice).metadata(i);
      } else if (NoticeLines.isRepublished(stripped)) {
        notice.report.add(ReadRule.NOT_READ, Severity.INFO, lines.start(i), stripped,
            "republished", Arguments.none());
      } else if (NoticeLines.isUrgency(stripped) && notice.urgency == null) {
        notice.urgency = new LocatedText(NoticeLines.compact(stripped), lines.start(i));
      } else if (NoticeLines.isFileHeader(stripped) && notice.authority == null) {
        notice.authority = new LocatedText(stripped.substring(0, stripped.length() - 2), lines.start(i));
      } else if (NoticeLines.isNumber(stripped) && (notice.number == null || notice.numberFromMetadata)) {
        notice.number = new LocatedText(stripped, lines.start(i));
        notice.numberFromMetadata = false;
        title.add(-1);
      } else {
        title.add(i);
      }
    }
    return -1;
  }

  /**
   * The title from its lines (-1 marks the number line between them): a title printed twice, before and after the
   * number (湘财建指〔2017〕176号), is read once and the repetition reported.
   */
  private LocatedText title(ParsedNotice notice, List<Integer> indexes) {
    List<List<Integer>> parts = new ArrayList<>();
    parts.add(new ArrayList<>());
    for (int i : indexes) {
      if (i < 0) {
        parts.add(new ArrayList<>());
      } else {
        parts.get(parts.size() - 1).add(i);
      }
    }
    parts.removeIf(List::isEmpty);
    if (parts.isEmpty()) {
      return null;
    }
    LocatedText first = joined(notice, parts.get(0));
    for (List<Integer> part : parts.subList(1, parts.size())) {
      LocatedText other = joined(notice, part);
      if (other.text().equals(first.text())) {
        notice.report.add(ReadRule.NOT_READ, Severity.INFO, other.position(), other.text(),
            "title-again", Arguments.none());
      } else {
        first = new LocatedText(first.text() + other.text(), first.position());
      }
    }
    return first;
  }

  private LocatedText joined(ParsedNotice notice, List<Integer> indexes) {
    StringBuilder text = new StringBuilder();
    indexes.forEach(i -> text.append(lines.stripped(i)).append(' '));
    notice.titleText = text.toString();
    return new LocatedText(NoticeLines.compact(text.toString()), lines.start(indexes.get(0)));
  }

  /** Reads 附件：1.… 2.… until a line that ends the list; returns the first line after it. */
  private int attachmentList(ParsedNotice notice, int from, int to) {
    List<StringBuilder> items = new ArrayList<>();
    List<SourcePosition> starts = new ArrayList<>();
    int i = from;
    for (; i < to; i++) {
      String stripped = lines.stripped(i);
      if (stripped.isEmpty()) {
        continue;
      }
      if (i > from && NoticeLines.endsList(stripped)) {
        break;
      }
      if (NoticeLines.isFileLink(stripped) && !ITEM.matcher(NoticeLines.afterListStart(stripped)).matches()
          && !items.isEmpty() && i > from) {
        notice.report.add(ReadRule.NOT_READ, Severity.INFO, lines.start(i), stripped,
            "attachment-link", Arguments.none());
        continue;
      }
      String text = i == from ? NoticeLines.afterListStart(stripped) : NoticeLines.unbulleted(stripped);
      Matcher item = ITEM.matcher(text);
      if (item.matches() || items.isEmpty()) {
        String first = item.matches() ? item.group(2) : text;
        items.add(new StringBuilder(first));
        starts.add(lines.at(i, Math.max(lines.line(i).indexOf(first), 0)));
      } else {
        items.get(items.size() - 1).append(text);
      }
    }
    for (int k = 0; k < items.size(); k++) {
      notice.attachments.add(new LocatedText(NoticeLines.compact(items.get(k).toString()), starts.get(k)));
    }
    return i;
  }
}
