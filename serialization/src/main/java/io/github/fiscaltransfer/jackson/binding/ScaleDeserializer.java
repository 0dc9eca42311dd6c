package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a table's scale, the decimal places it prints, as a JSON integer and nothing else: never a fraction Jackson
 * would truncate ({@code 1.5} read as 1), a string or a boolean, whatever the mapper's coercion settings; and from
 * 0 to 4, the range {@link io.github.fiscaltransfer.budget.TableFormat} allows, so that every wrong scale gets the
 * same answer.
 */
final class ScaleDeserializer extends StdScalarDeserializer<Integer> {

  private static final long serialVersionUID = 1L;

  /** The largest scale a table prints, as {@link io.github.fiscaltransfer.budget.TableFormat#of} allows. */
  private static final char MAX_SCALE = '4';

  ScaleDeserializer() {
    super(Integer.class);
  }

  /**
   * Reads the scale.
   *
   * @param p the parser, on the value
   * @param ctxt the context
   * @return the scale, not null
   * @throws IOException if the value is not a JSON integer from 0 to 4
   */
  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = p.getText();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || text.length() != 1 || text.charAt(0) > MAX_SCALE
        || text.charAt(0) < '0') {
      throw Failures.invalid(p, Integer.class, String.valueOf(text),
          "a scale is a JSON integer from 0 to 4 such as 2 (no quotes, fraction, exponent or sign)", null);
    }
    return Integer.valueOf(text);
  }
}
