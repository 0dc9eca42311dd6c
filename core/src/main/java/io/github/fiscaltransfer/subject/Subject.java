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
 * segment. A code is read whole: {@code 21015０2} is refused, never read as {@code 21015}. Parsing runs in time linear
 * in the text. Equality counts code and name. Immutable and thread-safe.
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
   * <p>The name is kept as given, less surrounding white space. A name that starts with a digit or a dash, or ends
   * with a parenthesis, prints in the path form {@code (21015)（21015）} and so must not contain a dash
   * ({@code —–-－―}), or its text could not be read back.
   *
   * @param code the code, not null
   * @param name the name as printed, not blank
   * @return the subject, not null
   * @throws IllegalArgumentException if the name is blank or could not be printed so that it reads back
   */
  public static Subject of(SubjectCode code, String name) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    int from = skipSpace(name, 0);
    String stripped = name.substring(from, Math.max(from, trimEnd(name, name.length())));
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("Subject name must not be blank for code " + code);
    }
    if (!printsCodeFirst(stripped) && containsSeparator(stripped)) {
      throw new IllegalArgumentException("Subject name starting with a digit or a dash, or ending with a "
          + "parenthesis, must not contain a dash, or it cannot be printed to read back: " + code + " " + stripped);
    }
    return new Subject(code, stripped);
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
    int trimmedStart = skipSpace(input, nameStart);
    return trimmedStart >= nameEnd ? of(code) : new Subject(code, input.substring(trimmedStart, nameEnd));
  }

  private static Subject parseCodeFirst(String input, int start, int end) {
    int digitsEnd = start;
    while (digitsEnd < end && Character.isDigit(input.charAt(digitsEnd))) {
      digitsEnd++;
    }
    SubjectCode code = readCode(input, start, digitsEnd);
    if (digitsEnd < end && isAsciiLetter(input.charAt(digitsEnd))) {
      throw new FiscalParseException(WHAT, "unexpected character '" + input.charAt(digitsEnd) + "'", input, digitsEnd);
    }
    int nameStart = digitsEnd;
    while (nameStart < end && (isSpace(input.charAt(nameStart)) || SEPARATORS.indexOf(input.charAt(nameStart)) >= 0)) {
      nameStart++;
    }
    if (nameStart == end) {
      return of(code);
    }
    if (Character.isDigit(input.charAt(nameStart))) {
      throw new FiscalParseException(WHAT, "a digit after the code: a code has 3, 5 or 7 digits", input, nameStart);
    }
    return new Subject(code, input.substring(nameStart, end));
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

  private static boolean isAsciiLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }

  /** Whether {@code CODE NAME} reads back: the name starts with neither a digit nor a dash nor ends with ')'. */
  private static boolean printsCodeFirst(String name) {
    char last = name.charAt(name.length() - 1);
    return !Character.isDigit(name.charAt(0)) && SEPARATORS.indexOf(name.charAt(0)) < 0 && last != '）' && last != ')';
  }

  private static boolean containsSeparator(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (SEPARATORS.indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
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
   * Returns the canonical text, {@code 2101502 一般行政管理事务} (or the bare code); a name that could not follow
   * the code ({@code (21015)}, {@code 2022年补助}) prints in the path form {@code (21015)（21015）}. {@link #parse}
   * reads either back equal.
   */
  @Override
  public String toString() {
    if (name == null) {
      return code.toString();
    }
    return printsCodeFirst(name) ? code + " " + name : name + "（" + code + "）";
  }
}
