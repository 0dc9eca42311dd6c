package io.github.fiscaltransfer.target;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads printed targets; every branch keeps the text and none throws on odd input. */
final class TargetParser {

  /** The most digits a figure may have; longer text is kept unparsed rather than read. */
  private static final int MAX_DIGITS = 24;

  private static final Pattern FIGURE = Pattern.compile("(\\d{1," + MAX_DIGITS + "}(?:\\.\\d{1," + MAX_DIGITS + "})?)");
  /** A scope names an area covered ({@code 市域内覆盖}, {@code 全省覆盖}, {@code 县域内}); "约" is not one. */
  private static final Pattern SCOPE = Pattern.compile(".+(覆盖|内|达到)");
  private static final Pattern DEADLINE = Pattern.compile("(\\d{1,2})\\s*月底前");

  private TargetParser() {}

  /**
   * Returns a target built from values if its canonical text reads back to an equal target, so that no value can
   * print one thing and hold another.
   */
  static <T extends Target> T requireReadsBack(T target, TargetUnit impliedUnit) {
    Target read = parse(target.text(), impliedUnit);
    if (!read.equals(target)) {
      throw new IllegalArgumentException("Target text " + target.text() + " would read back as a target of kind "
          + read.kind().name().toLowerCase(java.util.Locale.ROOT) + ", not as the values given");
    }
    return target;
  }

  static Target parse(String text, TargetUnit impliedUnit) {
    String normal = normalizeDigits(text.strip());
    if (normal.isEmpty()) {
      return EmptyTarget.parsed(text);
    }
    if (normal.indexOf('*') >= 0) {
      return placeholder(text, normal);
    }
    Optional<Target> fixed = fixedWording(text, normal);
    if (fixed.isPresent()) {
      return fixed.get();
    }
    Optional<QuantitativeTarget> quantity = quantity(text, normal, impliedUnit);
    if (quantity.isPresent()) {
      return quantity.get();
    }
    return scoped(text, normal, impliedUnit).orElseGet(() -> UnparsedTarget.parsed(text));
  }

  private static Optional<Target> fixedWording(String text, String normal) {
    if (normal.equals(YesNoTarget.YES) || normal.equals(YesNoTarget.NO)) {
      return Optional.of(YesNoTarget.parsed(text, normal.equals(YesNoTarget.YES)));
    }
    if (BudgetCapTarget.WORDINGS.contains(normal)) {
      return Optional.of(BudgetCapTarget.parsed(text));
    }
    Optional<Target> direction = Direction.ofPhrase(normal).map(d -> QualitativeTarget.parsed(text, d));
    return direction.isPresent() ? direction : deadline(text, normal);
  }

  private static Optional<Target> deadline(String text, String normal) {
    Matcher matcher = DEADLINE.matcher(normal);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(matcher.group(1));
    return month >= 1 && month <= 12 ? Optional.of(DeadlineTarget.parsed(text, Month.of(month))) : Optional.empty();
  }

  private static Target placeholder(String text, String normal) {
    Comparison comparison = Comparison.at(normal, 0);
    int index = symbolLength(normal, comparison);
    while (index < normal.length() && (normal.charAt(index) == '*' || Character.isWhitespace(normal.charAt(index)))) {
      index++;
    }
    TargetUnit unit = TargetUnit.byLabel(normal.substring(index)).orElse(TargetUnit.NONE);
    return PlaceholderTarget.parsed(text, comparison, unit);
  }

  private static Optional<QuantitativeTarget> quantity(String text, String normal, TargetUnit impliedUnit) {
    Comparison comparison = Comparison.at(normal, 0);
    String rest = normal.substring(symbolLength(normal, comparison)).strip();
    Matcher matcher = FIGURE.matcher(rest);
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    String unitText = rest.substring(matcher.end()).strip();
    Optional<TargetUnit> unit = unitText.isEmpty() ? Optional.of(impliedUnit) : TargetUnit.byLabel(unitText);
    BigDecimal figure = new BigDecimal(matcher.group(1));
    return unit.map(u -> QuantitativeTarget.parsed(text, comparison, figure, u));
  }

  private static Optional<Target> scoped(String text, String normal, TargetUnit impliedUnit) {
    int start = 0;
    while (start < normal.length() && !Character.isDigit(normal.charAt(start)) && !startsComparison(normal, start)) {
      start++;
    }
    String scope = normal.substring(0, start).strip();
    if (!SCOPE.matcher(scope).matches() || start == normal.length()) {
      return Optional.empty();
    }
    String rest = normal.substring(start);
    return quantity(rest, rest, impliedUnit).map(q -> ScopedTarget.parsed(text, scope, q));
  }

  private static boolean startsComparison(String text, int index) {
    return Comparison.at(text, index) != Comparison.UNSTATED;
  }

  private static int symbolLength(String text, Comparison comparison) {
    return comparison.symbolLengthAt(text, 0);
  }

  /** Turns full-width digits, point, percent and star into ASCII so one grammar reads both. */
  private static String normalizeDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else {
        out.append(c == '．' ? '.' : c == '％' ? '%' : c == '＊' ? '*' : c);
      }
    }
    return out.toString();
  }
}
