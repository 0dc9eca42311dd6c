package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.regex.Pattern;

/**
 * Reads a document number as printed — spaces inside (湘财建指〔 2017 〕 7 号), square or lenticular brackets
 * (湘财农指[2017]253号, 【2017】) — to its canonical form, reporting the brackets as {@code read.number-form} (GB/T 9704
 * prints 〔〕) and the spaces as {@code read.joined}.
 */
final class NumberText {

  private static final Pattern OPENING = Pattern.compile("[\\[［【(（](?=\\d{4}[\\]］】)）])");
  private static final Pattern CLOSING = Pattern.compile("(?<=〔\\d{4})[\\]］】)）]");

  private NumberText() {}

  /** Returns the number's text with spaces removed and its year in 〔〕, reporting what was changed. */
  static LocatedText canonical(LocatedText printed, ReadReport.Builder report) {
    if (printed == null) {
      return null;
    }
    String compact = NoticeLines.compact(printed.text());
    if (!NoticeLines.compact(printed.text()).equals(printed.text().replaceAll("\\s+号\\s*$", "号").strip())) {
      report.add(ReadRule.JOINED, printed.position(), printed.text(), "number", Arguments.none());
    }
    String bracketed = CLOSING.matcher(OPENING.matcher(compact).replaceFirst("〔")).replaceFirst("〕");
    if (!bracketed.equals(compact)) {
      report.add(ReadRule.NUMBER_FORM, printed.position(), printed.text(),
          "brackets", Arguments.of("number", bracketed));
    }
    return new LocatedText(bracketed, printed.position());
  }
}
