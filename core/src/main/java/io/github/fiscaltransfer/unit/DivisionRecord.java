package io.github.fiscaltransfer.unit;

import java.util.List;

/**
 * One code and name of the division lists, with the years it was listed, the codes that took over its area when
 * it left the lists, and the other names documents print for it.
 *
 * @param code the division code, not null
 * @param name the official name, not null
 * @param first the first year listed
 * @param last the last year listed
 * @param successors the codes that took over its area after {@code last}, not null
 * @param aliases other names, not null
 * @param builtIn whether the record is the library's rather than a user's
 */
record DivisionRecord(DivisionCode code, String name, int first, int last, List<DivisionCode> successors,
    List<String> aliases, boolean builtIn) {

  /** A user's records hold in every year. */
  static final int ALWAYS_FROM = 0;
  static final int ALWAYS_TO = 9999;

  DivisionRecord {
    successors = List.copyOf(successors);
    aliases = List.copyOf(aliases);
  }

  boolean listedIn(int year) {
    return first <= year && year <= last;
  }

  /** Whether the record bears a name: its own, an alias, or its own without a final 市 or 省 (成都, 广东). */
  boolean knownAs(String text) {
    return name.equals(text) || aliases.contains(text) || name.equals(text + "市") || name.equals(text + "省");
  }

  /** Returns the years as text, such as {@code 2015–2019}, or {@code all years} for a user's record. */
  String years() {
    return first == ALWAYS_FROM ? "all years" : first == last ? Integer.toString(first) : first + "–" + last;
  }
}
