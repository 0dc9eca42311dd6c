package io.github.fiscaltransfer.subject;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget subject code (科目编码), such as {@code 2101502}: its classification, its digits and its level
 * 类 / 款 / 项.
 *
 * <p>Revenue and function codes have 3, 5 or 7 digits; economic codes 3 or 5, their 类 301–399 (部门预算) or 501–599
 * (政府预算). A code's ancestors are the prefixes of its digits at the shorter levels. Natural order is by digits.
 * Immutable and thread-safe.
 */
public final class SubjectCode implements Comparable<SubjectCode> {

  private static final String WHAT = "subject code";

  private final Classification classification;
  private final String digits;

  private SubjectCode(Classification classification, String digits) {
    this.classification = classification;
    this.digits = digits;
  }

  /**
   * Returns the code with the given digits, such as {@code 2101502}.
   *
   * @param digits the digits, exactly 3, 5 or 7 ASCII digits, not null
   * @return the code, not null
   * @throws FiscalParseException if the text is not a valid code, naming the index of the problem
   */
  public static SubjectCode of(CharSequence digits) {
    Objects.requireNonNull(digits, "digits");
    return read(digits.toString(), digits, 0, WHAT);
  }

  /**
   * Parses a code, ignoring surrounding white space: {@code " 21015 "}.
   *
   * @param text the text, not null
   * @return the code, not null
   * @throws FiscalParseException if the text is not a valid code
   */
  public static SubjectCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    String stripped = input.strip();
    return read(stripped, input, stripped.isEmpty() ? 0 : input.indexOf(stripped), WHAT);
  }

  /**
   * Reads {@code text}, which stands at {@code offset} in {@code input}; errors name {@code what} was being
   * parsed and the whole input.
   */
  static SubjectCode read(String text, CharSequence input, int offset, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new FiscalParseException(what, "unexpected character '" + c + "'", input, offset + i);
      }
    }
    int end = offset + text.length();
    SubjectLevel level = SubjectLevel.ofDigits(text.length());
    if (level == null) {
      throw new FiscalParseException(what, "a code has 3, 5 or 7 digits, not " + text.length(), input, end);
    }
    Classification classification = Classification.ofFirstDigit(text.charAt(0));
    if (classification == null) {
      throw new FiscalParseException(what,
          "a code starts with 1 (revenue), 2 (function), 3 or 5 (economic), not " + text.charAt(0), input, offset);
    }
    if (level.ordinal() >= classification.levels()) {
      throw new FiscalParseException(what,
          "an economic classification code has 3 or 5 digits, not " + text.length(), input, end);
    }
    if (classification.levels() == 2 && text.startsWith("00", 1)) {
      throw new FiscalParseException(what, "an economic classification 类 is " + text.charAt(0) + "01 to "
          + text.charAt(0) + "99, not " + text.substring(0, 3), input, offset + 1);
    }
    return new SubjectCode(classification, text);
  }

  /**
   * Returns the classification, told by the first digit.
   *
   * @return the classification, not null
   */
  public Classification classification() {
    return classification;
  }

  /**
   * Returns the level, told by the number of digits.
   *
   * @return the level, not null
   */
  public SubjectLevel level() {
    return SubjectLevel.ofDigits(digits.length());
  }

  /**
   * Returns the digits, such as {@code 2101502}.
   *
   * @return the digits, not null
   */
  public String digits() {
    return digits;
  }

  /**
   * Returns the code one level up: {@code 21015} for {@code 2101502}, empty for a 类.
   *
   * @return the parent, not null
   */
  public Optional<SubjectCode> parent() {
    SubjectLevel level = level();
    if (level == SubjectLevel.CLASS) {
      return Optional.empty();
    }
    return Optional.of(atLevel(SubjectLevel.values()[level.ordinal() - 1]));
  }

  /**
   * Returns the ancestors, nearest first: {@code [11002, 110]} for {@code 1100249}.
   *
   * @return the ancestors, not null, unmodifiable
   */
  public List<SubjectCode> ancestors() {
    List<SubjectCode> ancestors = new ArrayList<>(2);
    for (Optional<SubjectCode> up = parent(); up.isPresent(); up = up.get().parent()) {
      ancestors.add(up.get());
    }
    return List.copyOf(ancestors);
  }

  /**
   * Returns this code's ancestor at the given level, or this code if it is at that level: {@code 210} for
   * {@code 2101502} at {@link SubjectLevel#CLASS}.
   *
   * @param level the level, not null, not deeper than this code's
   * @return the code at that level, not null
   * @throws IllegalArgumentException if the level is deeper than this code's
   */
  public SubjectCode atLevel(SubjectLevel level) {
    Objects.requireNonNull(level, "level");
    if (level.digits() > digits.length()) {
      throw new IllegalArgumentException(
          "Subject code " + digits + " is a " + level().label() + " and has no " + level.label() + " below it");
    }
    return level.digits() == digits.length() ? this : new SubjectCode(classification, digits.substring(0, level.digits()));
  }

  /**
   * Returns whether this code is a strict ancestor of another: {@code 21015} of {@code 2101502}.
   *
   * @param other the other code, not null
   * @return true if this code lies strictly above the other
   */
  public boolean isAncestorOf(SubjectCode other) {
    Objects.requireNonNull(other, "other");
    return other.digits.length() > digits.length() && other.digits.startsWith(digits);
  }

  /**
   * Returns whether another code is this code or lies under it, as a child notice's subject must.
   *
   * @param other the other code, not null
   * @return true if the other code equals this one or lies in its subtree
   */
  public boolean contains(SubjectCode other) {
    return equals(other) || isAncestorOf(other);
  }

  @Override
  public int compareTo(SubjectCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectCode other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the digits, such as {@code 2101502}; {@link #parse} reads them back equal. */
  @Override
  public String toString() {
    return digits;
  }
}
