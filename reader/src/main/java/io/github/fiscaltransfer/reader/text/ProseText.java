package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a disclosure's prose (文字部分), each with the source position of every character: markup
 * (#, **, {@code <p>}, list dashes) left out, a line that does not end a sentence joined with the next non-blank
 * one (extraction breaks lines mid-phrase, across blank lines and pages), headings and tab-separated table rows
 * kept as paragraphs of their own.
 */
final class ProseText {

  /** What a paragraph is. */
  enum Kind {
    /** A heading: {@code ## 第二部分 …}, {@code 一、市医保局本级}. */
    HEADING,
    /** Running text. */
    TEXT,
    /** A tab-separated row of a table printed in the prose. */
    ROW
  }

  private static final Pattern MARKUP = Pattern.compile("^\\s*#+\\s*|^\\s*-\\s+|\\*\\*|</?p>");
  private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*|^[一二三四五六七八九十]+、\\S{1,20}$"
      + "|^[（(][一二三四五六七八九十]+[)）][^，。；：\\d]{1,30}(情况|说明)$");
  private static final String ENDS = "。；;！？!?：:";

  /** One paragraph: its text and where each character was printed. */
  record Paragraph(Kind kind, String text, List<SourcePosition> positions) {

    SourcePosition at(int index) {
      return positions.get(Math.min(index, positions.size() - 1));
    }
  }

  private ProseText() {}

  /** Returns the paragraphs of lines start (inclusive) to end (exclusive). */
  static List<Paragraph> paragraphs(SourceLines lines, int start, int end) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<SourcePosition> positions = new ArrayList<>();
    for (int i = start; i < end; i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      String raw = lines.line(i);
      StringBuilder line = new StringBuilder();
      List<SourcePosition> at = new ArrayList<>();
      clean(lines, i, line, at);
      if (line.toString().isBlank()) {
        continue;
      }
      Kind kind = raw.indexOf('\t') >= 0 ? Kind.ROW
          : raw.strip().startsWith("#") || raw.strip().startsWith("- ") || PART.matcher(line.toString().strip()).matches() ? Kind.HEADING : Kind.TEXT;
      if (kind != Kind.TEXT || text.length() == 0 || ENDS.indexOf(text.charAt(text.length() - 1)) >= 0) {
        flush(paragraphs, Kind.TEXT, text, positions);
      }
      text.append(line);
      positions.addAll(at);
      if (kind != Kind.TEXT) {
        flush(paragraphs, kind, text, positions);
      }
    }
    flush(paragraphs, Kind.TEXT, text, positions);
    return paragraphs;
  }

  /** Appends a line without its markup and outer white space, with each character's position. */
  private static void clean(SourceLines lines, int index, StringBuilder out, List<SourcePosition> at) {
    String line = lines.line(index);
    boolean[] drop = new boolean[line.length()];
    Matcher markup = MARKUP.matcher(line);
    while (markup.find()) {
      for (int c = markup.start(); c < markup.end(); c++) {
        drop[c] = true;
      }
    }
    int first = 0;
    int last = line.length() - 1;
    while (first <= last && (drop[first] || Character.isWhitespace(line.charAt(first)) && line.charAt(first) != '\t')) {
      first++;
    }
    while (last >= first && (drop[last] || Character.isWhitespace(line.charAt(last)))) {
      last--;
    }
    for (int c = first; c <= last; c++) {
      if (!drop[c]) {
        out.append(line.charAt(c));
        at.add(lines.at(index, c));
      }
    }
  }

  private static void flush(List<Paragraph> paragraphs, Kind kind, StringBuilder text,
      List<SourcePosition> positions) {
    if (text.length() > 0) {
      paragraphs.add(new Paragraph(kind, text.toString(), List.copyOf(positions)));
    }
    text.setLength(0);
    positions.clear();
  }
}
