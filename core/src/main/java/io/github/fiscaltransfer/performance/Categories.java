package io.github.fiscaltransfer.performance;

import java.util.Locale;

/** Reads printed category wording the same way for both levels ("满意度", "社会效益指标", "社会指标"). */
final class Categories {

  private static final String SUFFIX = "指标";

  private Categories() {}

  /** Removes all whitespace and a trailing 指标, so that "满意\n度" and "满意度指标" compare equal. */
  static String normalize(String printed) {
    String compact = printed.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return compact.endsWith(SUFFIX) ? compact.substring(0, compact.length() - SUFFIX.length()) : compact;
  }

  /** Whether printed wording names a category with the given label or aliases. */
  static boolean matches(String printed, String label, String... aliases) {
    String key = normalize(printed);
    if (key.equals(normalize(label))) {
      return true;
    }
    for (String alias : aliases) {
      if (key.equals(normalize(alias))) {
        return true;
      }
    }
    return false;
  }
}
