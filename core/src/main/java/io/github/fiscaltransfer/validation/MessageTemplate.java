package io.github.fiscaltransfer.validation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A message template's placeholders: {@code {sum}} is the argument {@code sum}; {@code {@rounding}} is the template
 * of the key {@code rounding.} followed by the argument {@code rounding} (such as {@code rounding.within}), in the
 * same language and with the same arguments, so that one sentence part serves many rules (a select on a word).
 */
final class MessageTemplate {

  private static final int MAX_DEPTH = 4;

  private MessageTemplate() {}

  /** Whether a name is a letter followed by ASCII letters or digits. */
  static boolean isName(CharSequence name) {
    if (name.length() == 0 || !isLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The text filled in, and the placeholders it could not fill (an {@code @} before a missing included key). */
  record Result(String text, Set<String> missing) {}

  /** Fills a template: arguments by name, included templates found by the lookup; braces around anything else are text. */
  static Result format(String template, Map<String, String> arguments, Function<String, Optional<String>> lookup) {
    Set<String> missing = new TreeSet<>();
    String text = fill(template, arguments, lookup, missing, 0);
    return new Result(text, missing);
  }

  private static String fill(String template, Map<String, String> arguments,
      Function<String, Optional<String>> lookup, Set<String> missing, int depth) {
    StringBuilder text = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
      int close = template.indexOf('}', open);
      if (close < open) {
        break;
      }
      String inside = template.substring(open + 1, close);
      boolean include = inside.startsWith("@");
      String name = include ? inside.substring(1) : inside;
      if (!isName(name)) {
        continue;
      }
      String value = arguments.get(name);
      if (value != null && include) {
        Optional<String> part = depth < MAX_DEPTH ? lookup.apply(name + '.' + value) : Optional.empty();
        value = part.map(p -> fill(p, arguments, lookup, missing, depth + 1)).orElse(null);
        name = '@' + name + '.' + arguments.get(name);
      }
      if (value == null) {
        missing.add(name);
        continue;
      }
      text.append(template, from, open).append(value);
      from = close + 1;
      open = close;
    }
    return text.append(template, from, template.length()).toString();
  }
}
