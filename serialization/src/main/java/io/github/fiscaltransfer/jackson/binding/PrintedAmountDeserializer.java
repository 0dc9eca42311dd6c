package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link PrintedAmount} from {@code {"figure":"194.00","unit":"万元"}}, keeping the figure's scale.
 *
 * <p>The figure is a plain decimal: an optional minus, 1 to 24 integer digits, and optionally a point and 1 to 16
 * decimals; no exponent, separators, plus sign or spaces. It is read exactly from its text, never through
 * {@code double}. A JSON string is the canonical form; a JSON number written the same way ({@code 194.00}) is also
 * accepted, exactly and with its scale, and one in exponent notation ({@code 1.94E2}) is rejected. The unit is a
 * label read by {@link CanonicalTextDeserializer#AMOUNT_UNIT}. Both fields are required; an unknown field is
 * handled as Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} says, a repeated one is rejected.
 */
final class PrintedAmountDeserializer extends StdDeserializer<PrintedAmount> {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final PrintedAmountDeserializer INSTANCE = new PrintedAmountDeserializer();

  private PrintedAmountDeserializer() {
    super(PrintedAmount.class);
  }

  /**
   * Reads the amount from the current JSON object.
   *
   * @param p the parser, on the object's start or its first field
   * @param ctxt the context
   * @return the amount, not null
   * @throws IOException if the JSON is not such an object or the figure is not a valid amount in the unit
   */
  @Override
  public PrintedAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return (PrintedAmount) ctxt.reportInputMismatch(this,
          "Cannot read PrintedAmount at %s: expected an object such as {\"figure\":\"194.00\",\"unit\":\"万元\"}, got %s",
          Failures.where(p), token);
    }
    BigDecimal figure = null;
    String figureText = null;
    AmountUnit unit = null;
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if ("figure".equals(name)) {
        requireFirst(p, ctxt, figure == null, name);
        figureText = p.getText();
        figure = readFigure(p, ctxt);
      } else if ("unit".equals(name)) {
        requireFirst(p, ctxt, unit == null, name);
        unit = CanonicalTextDeserializer.AMOUNT_UNIT.deserialize(p, ctxt);
      } else {
        ctxt.handleUnknownProperty(p, this, PrintedAmount.class, name);
      }
    }
    if (figure == null || unit == null) {
      return (PrintedAmount) ctxt.reportInputMismatch(this,
          "Cannot read PrintedAmount at %s: the field \"%s\" is missing", Failures.where(p),
          figure == null ? "figure" : "unit");
    }
    try {
      return PrintedAmount.of(figure, unit);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw Failures.invalid(p, PrintedAmount.class, figureText + unit.label(), e.getMessage(), e);
    }
  }

  private void requireFirst(JsonParser p, DeserializationContext ctxt, boolean first, String name)
      throws IOException {
    if (!first) {
      ctxt.reportInputMismatch(this, "Cannot read PrintedAmount at %s: the field \"%s\" is repeated",
          Failures.where(p), name);
    }
  }

  private BigDecimal readFigure(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return (BigDecimal) ctxt.reportInputMismatch(this,
          "Cannot read PrintedAmount at %s: the figure must be a JSON string such as \"194.00\", got %s",
          Failures.where(p), token);
    }
    String text = p.getText();
    if (!Shapes.isPlainDecimal(text)) {
      throw Failures.invalid(p, PrintedAmount.class, text, "the figure must be " + Shapes.PLAIN_DECIMAL, null);
    }
    return new BigDecimal(text);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.OtherScalar;
  }
}
