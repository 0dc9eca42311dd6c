package io.github.fiscaltransfer.reader.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the prose gives the department and its budget units: each unit's name as the tables print it, that
 * name with 本级, and the short names the prose defines (深圳市医疗保障局本级（以下简称“市医保局本级”）).
 */
final class ProseScopes {

  private static final Pattern ALIAS = Pattern.compile("[（(]以下简称[“\"‘]?([^”\"’）)]{1,20})[”\"’]?[）)]");

  private final String department;
  /** Printed names, longest first, to the unit each names. */
  private final Map<String, String> names = new LinkedHashMap<>();

  private ProseScopes(String department) {
    this.department = department;
  }

  /** Returns the names of the units, with the short names the paragraphs define. */
  static ProseScopes of(String department, List<String> units, List<ProseText.Paragraph> paragraphs) {
    ProseScopes scopes = new ProseScopes(department);
    Map<String, String> all = new LinkedHashMap<>();
    for (String unit : units) {
      all.put(unit + "本级", unit);
      if (!unit.equals(department)) {
        all.put(unit, unit);
      }
    }
    for (ProseText.Paragraph paragraph : paragraphs) {
      Matcher alias = ALIAS.matcher(paragraph.text());
      while (alias.find()) {
        String before = paragraph.text().substring(0, alias.start());
        longest(all, before).ifPresent(unit -> all.put(alias.group(1).strip(), unit));
      }
    }
    List<String> order = new ArrayList<>(all.keySet());
    order.sort(Comparator.comparingInt(String::length).reversed());
    order.forEach(name -> scopes.names.put(name, all.get(name)));
    return scopes;
  }

  /** The unit of the longest name the text ends with. */
  private static Optional<String> longest(Map<String, String> names, String text) {
    return names.keySet().stream().filter(text::endsWith).max(Comparator.comparingInt(String::length))
        .map(names::get);
  }

  /** A name the text starts with: the printed name and the unit it names (null for the department). */
  record Scoped(String printed, String unit) {}

  /** Returns the unit (or the department) a text starts with naming. */
  Optional<Scoped> prefix(String text) {
    for (Map.Entry<String, String> name : names.entrySet()) {
      if (text.startsWith(name.getKey())) {
        return Optional.of(new Scoped(name.getKey(), name.getValue()));
      }
    }
    return text.startsWith(department) ? Optional.of(new Scoped(department, null)) : Optional.empty();
  }

  /** Returns the unit a heading names exactly, such as {@code 市医保中心}. */
  Optional<String> unit(String heading) {
    return Optional.ofNullable(names.get(heading));
  }
}
