package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.Obligation;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Resolves the deadlines a notice's body prints into {@link Obligation}s: a day without a year (7月24日前) in the
 * year the notice was signed (or numbered), a period (30天内) from the signing date; and compares a metadata
 * block's 成文日期 with the signed date.
 */
final class Obligations {

  private Obligations() {}

  static List<Obligation> resolve(Resolution resolution, ParsedNotice parsed, LocalDate signed,
      DocumentNumber number) {
    List<Obligation> obligations = new ArrayList<>();
    for (int i = 0; i < parsed.duties.size(); i++) {
      ParsedNotice.Duty duty = parsed.duties.get(i);
      String path = "obligations[" + i + "]";
      resolution.value(duty.action(), path + ".action", text -> text, "obligation");
      Integer year = signed != null ? Integer.valueOf(signed.getYear()) : number == null ? null : number.year();
      Optional<LocalDate> due = resolution.value(duty.deadline(), path + ".due",
          text -> Optional.ofNullable(due(text, year, signed)), "deadline");
      obligations.add(Obligation.of(duty.action().text(), duty.deadline().text(), due == null ? null : due.orElse(null)));
    }
    return obligations;
  }

  /** The last day a deadline gives, or null if the notice lacks what it needs (a year, a signing date). */
  private static LocalDate due(String deadline, Integer year, LocalDate signed) {
    Matcher matcher = Duties.DEADLINE.matcher(deadline);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a deadline such as 于7月24日前");
    }
    try {
      if (matcher.group(4) != null) {
        return signed == null || deadline.contains("工作日") ? null
            : signed.plusDays(Integer.parseInt(matcher.group(4)));
      }
      Integer printedYear = matcher.group(1) == null ? year : Integer.valueOf(matcher.group(1));
      return printedYear == null ? null : LocalDate.of(printedYear, Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Reports a metadata block's 成文日期 that differs from the date the notice is signed on. */
  static void checkMetadataDate(ParsedNotice parsed, LocalDate signed) {
    if (parsed.metadataDate == null || signed == null) {
      return;
    }
    String text = parsed.metadataDate.text();
    if (!text.equals(signed.toString())) {
      parsed.report.add(ReadRule.CONTRADICTION, parsed.metadataDate.position(), text, "date",
          Arguments.of("signed", signed));
    }
  }
}
