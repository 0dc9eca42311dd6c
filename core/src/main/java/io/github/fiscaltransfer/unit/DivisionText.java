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
 * The built-in division list ({@code divisions.txt}) kept as its UTF-8 bytes, so that a cold start reads it without
 * parsing it: a name is found by searching the bytes, and a province's lines are parsed when first needed.
 * Immutable and thread-safe.
 */
final class DivisionText {

  private static final String YEARS = "# Years: ";

  private final byte[] bytes;
  /** The bytes one char each, so that searches run on String's (intrinsic) search rather than a loop of ours. */
  private final String latin;
  private final int firstYear;
  private final int lastYear;
  private volatile Map<String, int[]> provinces;

  private DivisionText(byte[] bytes, int firstYear, int lastYear) {
    this.bytes = bytes;
    this.latin = new String(bytes, StandardCharsets.ISO_8859_1);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  static DivisionText resource(String name) {
    try (InputStream in = UnitRegistry.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " beside " + UnitRegistry.class.getName());
      }
      byte[] bytes = in.readAllBytes();
      int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(YEARS);
      if (at < 0) {
        throw new IllegalStateException("Resource " + name + " has no '" + YEARS + "first last' line");
      }
      int start = at + YEARS.length();
      return new DivisionText(bytes, number(bytes, start), number(bytes, start + 5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int number(byte[] bytes, int start) {
    return Integer.parseInt(new String(bytes, start, 4, StandardCharsets.US_ASCII));
  }

  int firstYear() {
    return firstYear;
  }

  int lastYear() {
    return lastYear;
  }

  /** The lines of a province (its two-digit prefix), in code order. */
  List<String> lines(String province) {
    int[] range = provinces().get(province);
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

  /** The two-digit prefixes of the provinces, in code order. */
  List<String> provinceCodes() {
    return List.copyOf(provinces().keySet());
  }

  /** The codes of the lines naming a unit exactly so, in any year. */
  List<DivisionCode> codesNamed(String name) {
    String needle = new String(" ".concat(name).concat(" ").getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1);
    List<DivisionCode> codes = new ArrayList<>(2);
    for (int at = latin.indexOf(needle); at >= 0; at = latin.indexOf(needle, at + 1)) {
      int start = latin.lastIndexOf('\n', at) + 1;
      if (bytes[start] != '#' && (at - start == 6 || at - start == 9)) {
        DivisionCode code = DivisionCode.parse(new String(bytes, start, at - start, StandardCharsets.US_ASCII));
        if (!codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  private Map<String, int[]> provinces() {
    Map<String, int[]> index = provinces;
    if (index == null) {
      index = new LinkedHashMap<>();
      int[] open = null;
      for (int start = 0; start < bytes.length; start = lineEnd(start) + 1) {
        if (bytes[start] == '#' || bytes[start] == '\n') {
          continue;
        }
        if (open == null || bytes[start] != bytes[open[0]] || bytes[start + 1] != bytes[open[0] + 1]) {
          open = new int[] {start, start};
          index.put(new String(bytes, start, 2, StandardCharsets.US_ASCII), open);
        }
        open[1] = lineEnd(start) + 1;
      }
      provinces = index;
    }
    return index;
  }

  private int lineEnd(int start) {
    int end = latin.indexOf('\n', start);
    return end < 0 ? bytes.length : end;
  }
}
