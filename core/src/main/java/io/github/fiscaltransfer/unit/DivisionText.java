package io.github.fiscaltransfer.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in division list ({@code divisions.txt}) kept as its UTF-8 bytes, so that a cold start parses only what
 * a document asks for: the header's index gives each province's slice of lines, a code's lines are found by
 * searching its province's slice, and a name by searching the bytes. Immutable and thread-safe.
 */
final class DivisionText {

  private static final String YEARS = "# Years: ";
  private static final String PROVINCES = "# Provinces: ";

  private final byte[] bytes;
  /** The bytes one char each, so that searches run on String's (intrinsic) search rather than a loop of ours. */
  private final String latin;
  private final int firstYear;
  private final int lastYear;
  /** Each province's two-digit prefix and the offsets of its first line and of the end of its last. */
  private final Map<String, int[]> provinces;

  private DivisionText(byte[] bytes, int firstYear, int lastYear, Map<String, int[]> provinces) {
    this.bytes = bytes;
    this.latin = new String(bytes, StandardCharsets.ISO_8859_1);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.provinces = provinces;
  }

  static DivisionText resource(String name) {
    try (InputStream in = UnitRegistry.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " beside " + UnitRegistry.class.getName());
      }
      return of(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the header: {@code # Years: first last}, then {@code # Provinces: } and, for each province, its prefix
   * and the offset of its first line from the start of the line after the header, ending the header.
   */
  private static DivisionText of(byte[] bytes, String name) {
    String latin = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    int years = latin.indexOf(YEARS);
    int index = latin.indexOf(PROVINCES);
    int body = index < 0 ? -1 : latin.indexOf('\n', index) + 1;
    if (years < 0 || body <= 0) {
      throw new IllegalStateException("Resource " + name + " has no '" + YEARS + "first last' or '" + PROVINCES
          + "prefix offset …' line");
    }
    int start = years + YEARS.length();
    Map<String, int[]> provinces = new LinkedHashMap<>();
    int[] previous = null;
    for (int at = index + PROVINCES.length(); at < body - 1; ) {
      int space = latin.indexOf(' ', at + 3);
      int end = space < 0 || space > body - 1 ? body - 1 : space;
      int[] range = {body + Integer.parseInt(latin, at + 3, end, 10), bytes.length};
      if (previous != null) {
        previous[1] = range[0];
      }
      provinces.put(latin.substring(at, at + 2), range);
      previous = range;
      at = end + 1;
    }
    return new DivisionText(bytes, number(latin, start), number(latin, start + 5), provinces);
  }

  private static int number(String latin, int start) {
    return Integer.parseInt(latin, start, start + 4, 10);
  }

  int firstYear() {
    return firstYear;
  }

  int lastYear() {
    return lastYear;
  }

  /** The lines of a province (its two-digit prefix), in code order. */
  List<String> lines(String province) {
    int[] range = provinces.get(province);
    List<String> lines = new ArrayList<>();
    if (range != null) {
      for (int start = range[0]; start < range[1]; ) {
        int end = lineEnd(start);
        lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        start = end + 1;
      }
    }
    return lines;
  }

  /** The lines of a code, oldest name first: found within its province's lines, without reading the others. */
  List<String> lines(DivisionCode code) {
    String digits = code.toString();
    int[] range = provinces.get(digits.substring(0, 2));
    List<String> lines = new ArrayList<>(1);
    if (range == null) {
      return lines;
    }
    String needle = "\n".concat(digits).concat(" ");
    int at = latin.indexOf(needle, range[0] - 1);
    while (at >= 0 && at < range[1]) {
      int start = at + 1;
      int end = lineEnd(start);
      lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
      at = latin.startsWith(needle, end) ? end : -1;
    }
    return lines;
  }

  /** The two-digit prefixes of the provinces, in code order. */
  List<String> provinceCodes() {
    return List.copyOf(provinces.keySet());
  }

  /** The codes of the lines naming a unit exactly so, in any year. */
  List<DivisionCode> codesNamed(String name) {
    return codesNamed(name, 0, bytes.length);
  }

  /** The codes of a province's lines (by its two-digit prefix) naming a unit exactly so, in any year. */
  List<DivisionCode> codesNamedIn(String province, String name) {
    int[] range = provinces.get(province);
    return range == null ? List.of() : codesNamed(name, range[0], range[1]);
  }

  /**
   * The codes of the lines within a range (whole lines) whose name, after the code and before the years or the
   * line's end, is so; the search stays within the range and copies nothing, as a table resolves every recipient
   * printed without a code this way.
   */
  private List<DivisionCode> codesNamed(String name, int from, int to) {
    String needle = new String(" ".concat(name).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    List<DivisionCode> codes = new ArrayList<>(2);
    for (int at = latin.indexOf(needle, from); at >= 0 && at + needle.length() <= to;
        at = latin.indexOf(needle, at + 1)) {
      int after = at + needle.length();
      int start = latin.lastIndexOf('\n', at) + 1;
      if ((after == latin.length() || latin.charAt(after) == ' ' || latin.charAt(after) == '\n') && at - start == 6
          && latin.charAt(start) != '#') {
        DivisionCode code = DivisionCode.parse(latin.substring(start, at));
        if (!codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  private int lineEnd(int start) {
    int end = latin.indexOf('\n', start);
    return end < 0 ? bytes.length : end;
  }
}
