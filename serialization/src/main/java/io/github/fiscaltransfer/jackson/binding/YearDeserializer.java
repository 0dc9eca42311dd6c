package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Year;

/**
 * Reads a year in the schema's one form, a JSON integer from 1 to 9999 such as {@code 2022}. Everything else is
 * refused, not normalised: {@code 2.022E3}, {@code "2022"}, {@code 0E-5}, {@code 0}, {@code -2022} and fractions.
 * The digits are checked before any number is built, so {@code 1E+999999999} costs nothing and the error repeats
 * at most {@value Failures#MAX_ECHO} characters of it.
 */
final class YearDeserializer extends StdScalarDeserializer<Year> {

  private static final long serialVersionUID = 1L;

  /** The most digits of a year read: 9999 is the last. */
  static final int MAX_DIGITS = 4;

  YearDeserializer() {
    super(Year.class);
  }

  /**
   * Reads the year.
   *
   * @param p the parser, on the value
   * @param ctxt the context
   * @return the year, not null
   * @throws IOException if the value is not a JSON integer from 1 to 9999
   */
  @Override
  public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = p.getText();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || !isYear(text)) {
      throw Failures.invalid(p, Year.class, String.valueOf(text),
          "a year is a JSON integer from 1 to 9999 such as 2022 (no quotes, fraction, exponent or sign)", null);
    }
    return Year.of(Integer.parseInt(text));
  }

  /** Whether text is 1 to 4 ASCII digits, not all zeros (JSON already refuses leading zeros). */
  private static boolean isYear(String text) {
    if (text.isEmpty() || text.length() > MAX_DIGITS || text.equals("0")) {
      return false;
    }
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
