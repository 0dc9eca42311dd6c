package io.github.fiscaltransfer.subject;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget subject as a document names it: its code and, where printed, its name, such as
 * {@code 2101502 一般行政管理事务}.
 *
 * <p>{@link #parse} reads every form the documents use: {@code 1100249——医疗卫生共同财政事权转移支付收入},
 * {@code 1100249-…}, {@code 21015 医疗保障管理事务}, {@code 2101502一般行政管理事务}, a bare code, and the path
 * form {@code 转移性收入—一般性转移支付收入—医疗卫生共同财政事权转移支付收入（1100249）}, whose name is the last
 * segment. Equality counts code and name. Immutable and thread-safe.
 */
public final class Subject {

  private static final String WHAT = "subject";
  private static final String SEPARATORS = "—–-－―";

  private final SubjectCode code;
  private final String name;

  private Subject(SubjectCode code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Returns a subject with a name.
   *
   * @param code the code, not null
   * @param name the name as printed, not blank
   * @return the subject, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Subject of(SubjectCode code, String name) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Subject name must not be blank for code " + code);
    }
    return new Subject(code, name.strip());
  }

  /**
   * Returns a subject known only by its code.
   *
   * @param code the code, not null
   * @return the subject, not null
   */
  public static Subject of(SubjectCode code) {
    return new Subject(Objects.requireNonNull(code, "code"), null);
  }

  /**
   * Parses a subject in any of the forms the documents print.
   *
   * @param text the text, not null
   * @return the subject, not null
   * @throws FiscalParseException if no valid code can be read, naming the index of the problem
   */
  public static Subject parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    int start = skipSpace(input, 0);
    int end = trimEnd(input, input.length());
    if (start >= end) {
      throw new FiscalParseException(WHAT, "no subject code", input, start);
    }
    char last = input.charAt(end - 1);
    return last == '）' || last == ')' ? parsePath(input, start, end) : parseCodeFirst(input, start, end);
  }

  private static Subject parsePath(String input, int start, int end) {
    int open = Math.max(input.lastIndexOf('（', end), input.lastIndexOf('(', end));
    if (open < start) {
      throw new FiscalParseException(WHAT, "a closing parenthesis without an opening one", input, end - 1);
    }
    SubjectCode code = readCode(input, open + 1, end - 1);
    int nameEnd = trimEnd(input, open);
    int nameStart = nameEnd;
    while (nameStart > start && SEPARATORS.indexOf(input.charAt(nameStart - 1)) < 0) {
      nameStart--;
    }
    String name = input.substring(nameStart, nameEnd).strip();
    return name.isEmpty() ? of(code) : of(code, name);
  }

  private static Subject parseCodeFirst(String input, int start, int end) {
    int digitsEnd = start;
    while (digitsEnd < end && Character.isDigit(input.charAt(digitsEnd)) && input.charAt(digitsEnd) < 128) {
      digitsEnd++;
    }
    SubjectCode code = readCode(input, start, digitsEnd);
    int nameStart = digitsEnd;
    while (nameStart < end && (isSpace(input.charAt(nameStart)) || SEPARATORS.indexOf(input.charAt(nameStart)) >= 0)) {
      nameStart++;
    }
    if (nameStart == end) {
      return of(code);
    }
    char first = input.charAt(nameStart);
    if (first < 128 && Character.isLetterOrDigit(first)) {
      throw new FiscalParseException(WHAT, "unexpected character '" + first + "'", input, nameStart);
    }
    return of(code, input.substring(nameStart, end));
  }

  private static SubjectCode readCode(String input, int from, int to) {
    int start = skipSpace(input, from);
    int end = Math.max(start, trimEnd(input, to));
    if (start == end) {
      throw new FiscalParseException(WHAT, "no subject code", input, start);
    }
    return SubjectCode.read(input.substring(start, end), input, start, WHAT);
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int to) {
    int i = to;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  public SubjectCode code() {
    return code;
  }

  /**
   * Returns the name as printed, if the document printed one.
   *
   * @return the name, not null
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Subject other && code.equals(other.code) && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + Objects.hashCode(name);
  }

  /**
   * Returns the canonical text, {@code 2101502 一般行政管理事务} (or the bare code); {@link #parse} reads it
   * back equal.
   */
  @Override
  public String toString() {
    return name == null ? code.toString() : code + " " + name;
  }
}
