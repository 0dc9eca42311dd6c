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
 * Parses what follows a notice's attachment list: the signature and date, 公开方式 and 抄送, attachment pages with
 * their allocation tables, and performance target tables (recognised, reported as not read, their grant name
 * taken). Every other line is reported.
 */
final class AttachmentParser {

  private static final Pattern SEPARATOR = Pattern.compile("[,，、]");

  private final SourceLines lines;
  private final ParsedNotice notice;
  private final List<Integer> pending = new ArrayList<>();
  private int attachment;

  AttachmentParser(SourceLines lines, ParsedNotice notice) {
    this.lines = lines;
    this.notice = notice;
  }

  /** Parses lines {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
  void parse(int from, int to) {
    for (int i = from; i < to; i++) {
      String stripped = lines.stripped(i);
      if (stripped.isEmpty()) {
        continue;
      }
      i = line(i, stripped, to);
    }
    flushPending();
  }

  /** Reads one line (and, for a table, the lines after it); returns the last line read. */
  private int line(int i, String stripped, int to) {
    Matcher labelled = NoticeLines.labelled(stripped);
    Matcher page = NoticeLines.attachmentPage(stripped);
    Matcher unit = NoticeLines.unit(stripped);
    List<String> authorities = NoticeLines.authorities(stripped);
    if (labelled.matches()) {
      flushPending();
      labelled(labelled, i);
    } else if (NoticeLines.isFileLink(stripped) && !unit.matches()) {
      notice.report.add(ReadRule.NOT_READ, Severity.INFO, lines.start(i), stripped,
          "attachment-link", Arguments.none());
    } else if (NoticeLines.isPrinted(stripped)) {
      notice.report.add(ReadRule.NOT_READ, Severity.INFO, lines.start(i), stripped,
          "printed-line", Arguments.none());
    } else if (!authorities.isEmpty() && notice.authority == null) {
      signature(i, authorities);
    } else if (NoticeLines.isDate(stripped) && notice.date == null) {
      notice.date = new LocatedText(stripped, lines.start(i));
    } else if (stripped.endsWith("办公室") && stripped.length() <= 20 && !stripped.contains(" ")) {
      notice.report.add(ReadRule.NOT_READ, Severity.INFO, lines.start(i), stripped,
          "printing-office", Arguments.none());
    } else if (page.matches()) {
      flushPending();
      attachment = Integer.parseInt(page.group(1));
    } else if (unit.matches()) {
      return table(i, unit.group(1), to);
    } else if (NoticeLines.startsTargets(stripped)) {
      return targets(i, to);
    } else {
      pending.add(i);
    }
    return i;
  }

  private void labelled(Matcher labelled, int i) {
    String value = labelled.group(2).strip();
    if (!labelled.group(1).equals("抄送")) {
      notice.disclosure = new LocatedText(value, lines.start(i));
      return;
    }
    String names = value.endsWith("。") ? value.substring(0, value.length() - 1) : value;
    int column = lines.line(i).indexOf(value);
    for (String name : SEPARATOR.split(names)) {
      if (!name.isBlank()) {
        int at = lines.line(i).indexOf(name.strip(), column);
        notice.copiedTo.add(new LocatedText(name.strip(), lines.at(i, at)));
      }
    }
  }

  /** The signature: one authority, or the authorities of a joint notice side by side. */
  private void signature(int i, List<String> authorities) {
    int column = 0;
    for (String name : authorities) {
      column = lines.line(i).indexOf(name, column);
      LocatedText located = new LocatedText(name, lines.at(i, column));
      if (notice.authority == null) {
        notice.authority = located;
      } else {
        notice.coIssuers.add(located);
      }
      column += name.length();
    }
  }

  private int table(int unitLine, String unit, int to) {
    ParsedTable table = new ParsedTable();
    table.unit = new LocatedText(unit, lines.start(unitLine));
    table.attachment = attachment;
    if (!pending.isEmpty()) {
      StringBuilder title = new StringBuilder();
      pending.forEach(i -> title.append(lines.stripped(i)));
      table.title = new LocatedText(NoticeLines.compact(title.toString()), lines.start(pending.get(0)));
      pending.clear();
    }
    notice.tables.add(table);
    return new TableParser(lines, notice.report).parse(table, unitLine + 1, to) - 1;
  }

  /** A performance target table: from its title lines to the next attachment, table, 抄送 or the notice's end. */
  private int targets(int start, int to) {
    int first = pending.isEmpty() ? start : pending.get(0);
    pending.clear();
    int end = start + 1;
    while (end < to && !endsTargets(lines.stripped(end))) {
      end++;
    }
    for (int i = first; i < end; i++) {
      Matcher name = NoticeLines.TARGET_NAME.matcher(lines.stripped(i));
      if (name.lookingAt() && notice.targetGrantName == null) {
        int at = name.group(2).isBlank() ? nextText(i + 1, end) : i;
        String value = at == i ? name.group(2) : lines.stripped(at);
        notice.targetGrantName = new LocatedText(value.strip(), lines.at(at, lines.line(at).indexOf(value.strip())));
      }
    }
    notice.report.add(ReadRule.NOT_READ, lines.start(first), lines.stripped(first),
        "target-table", Arguments.of("from", first + 1).and("to", end));
    return end - 1;
  }

  private static boolean endsTargets(String stripped) {
    return NoticeLines.attachmentPage(stripped).matches() || NoticeLines.unit(stripped).matches()
        || NoticeLines.labelled(stripped).matches();
  }

  private int nextText(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines.isBlank(i)) {
        return i;
      }
    }
    return from - 1;
  }

  private void flushPending() {
    for (int i : pending) {
      notice.report.add(ReadRule.UNREAD, lines.start(i), lines.stripped(i),
          "after-attachments", Arguments.none());
    }
    pending.clear();
  }
}
