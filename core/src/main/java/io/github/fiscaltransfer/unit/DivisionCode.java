package io.github.fiscaltransfer.unit;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative division code (行政区划代码, GB/T 2260), such as {@code 440781} (台山市): two digits of
 * province, two of prefecture, two of county; or the nine-digit 财政区划代码 budget systems use, which adds three
 * digits of township (乡镇).
 *
 * <p>{@code 440000} is a province, {@code 440700} a prefecture, {@code 440781} a county, {@code 440781101} a
 * township; a county code needs a prefecture part other than {@code 00}. A nine-digit code ending in {@code 000}
 * is the six-digit code of the same unit: {@code 440000000} equals {@code 440000}. Immutable and thread-safe.
 */
public final class DivisionCode {

  private static final String WHAT = "division code";

  private final String digits;

  private DivisionCode(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a six-digit code or a nine-digit 财政区划代码, ignoring surrounding white space.
   *
   * @param text six or nine ASCII digits, not null
   * @return the code, not null
   * @throws FiscalParseException if the text is not a well-formed code, naming the index of the problem
   */
  public static DivisionCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    String digits = input.strip();
    int offset = digits.isEmpty() ? 0 : input.indexOf(digits);
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw new FiscalParseException(WHAT, "unexpected character '" + digits.charAt(i) + "'", input, offset + i);
      }
    }
    if (digits.length() != 6 && digits.length() != 9) {
      throw new FiscalParseException(WHAT, "a code has 6 or 9 digits, not " + digits.length(), input,
          offset + digits.length());
    }
    int province = Integer.parseInt(digits.substring(0, 2));
    if (province < 11 || province > 82) {
      throw new FiscalParseException(WHAT, "the province part must be 11 to 82, not " + digits.substring(0, 2), input, offset);
    }
    if (digits.startsWith("00", 2) && !digits.startsWith("00", 4)) {
      throw new FiscalParseException(WHAT, "a county code needs a prefecture part other than 00", input, offset + 2);
    }
    if (digits.length() == 9 && !digits.endsWith("000") && digits.startsWith("00", 4)) {
      throw new FiscalParseException(WHAT, "a township code needs a county part other than 00", input, offset + 4);
    }
    return new DivisionCode(digits.endsWith("000") ? digits.substring(0, 6) : digits);
  }

  /**
   * Returns the level the code's structure denotes: province, prefecture, county or township.
   *
   * @return the level, not null
   */
  public AdministrativeLevel level() {
    if (digits.length() == 9) {
      return AdministrativeLevel.TOWNSHIP;
    }
    if (digits.endsWith("0000")) {
      return AdministrativeLevel.PROVINCE;
    }
    return digits.endsWith("00") ? AdministrativeLevel.PREFECTURE : AdministrativeLevel.COUNTY;
  }

  /**
   * Returns the code one level up: {@code 440781} for {@code 440781101}, {@code 440700} for {@code 440781},
   * {@code 440000} for {@code 440700}.
   *
   * @return the parent code, empty for a province, not null
   */
  public Optional<DivisionCode> parent() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case PREFECTURE -> Optional.of(new DivisionCode(digits.substring(0, 2) + "0000"));
      case COUNTY -> Optional.of(new DivisionCode(digits.substring(0, 4) + "00"));
      default -> Optional.of(new DivisionCode(digits.substring(0, 6)));
    };
  }

  /**
   * Returns the province the code lies in, such as {@code 440000} for {@code 440781}.
   *
   * @return the province's code, this code for a province, not null
   */
  public DivisionCode province() {
    return level() == AdministrativeLevel.PROVINCE ? this : new DivisionCode(digits.substring(0, 2) + "0000");
  }

  /**
   * Returns whether another code lies strictly within this one's area: {@code 440000} contains {@code 440781}.
   *
   * @param other the other code, not null
   * @return true if the other code is strictly below this one
   */
  public boolean contains(DivisionCode other) {
    Objects.requireNonNull(other, "other");
    int prefix = switch (level()) {
      case PROVINCE -> 2;
      case PREFECTURE -> 4;
      default -> 6;
    };
    return !equals(other) && level() != AdministrativeLevel.TOWNSHIP && other.digits.startsWith(digits.substring(0, prefix));
  }

  /**
   * Returns the nine-digit 财政区划代码, such as {@code 440781000} for {@code 440781}.
   *
   * @return nine digits, not null
   */
  public String fiscalCode() {
    return digits.length() == 9 ? digits : digits + "000";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DivisionCode other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the six digits, or nine for a township; {@link #parse} reads them back equal. */
  @Override
  public String toString() {
    return digits;
  }
}
