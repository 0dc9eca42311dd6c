package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.io.IOException;

/**
 * Writes a {@link PrintedAmount} as {@code {"figure":"194.00","unit":"万元"}}: the figure as a JSON string in plain
 * notation with the scale it was printed at (never exponent notation, never through {@code double}), and the unit's
 * label. A JSON string keeps {@code 194.00} exact through JavaScript and through Jackson's own number handling;
 * {@link #AS_NUMBER} writes the same plain text as a JSON number instead.
 */
final class PrintedAmountSerializer extends StdSerializer<PrintedAmount> {

  private static final long serialVersionUID = 1L;

  /** The shared instance, writing the figure as a JSON string: {@code {"figure":"194.00","unit":"万元"}}. */
  public static final PrintedAmountSerializer INSTANCE = new PrintedAmountSerializer(false);

  /** The shared instance writing the figure as a plain JSON number: {@code {"figure":194.00,"unit":"万元"}}. */
  public static final PrintedAmountSerializer AS_NUMBER = new PrintedAmountSerializer(true);

  /**
   * Each thread's scratch buffer for a figure's text, long enough for every figure a document prints (24 integer
   * digits, a point, 16 decimals and a sign), so that writing a line creates no text of its own; a longer figure
   * (a sum) is written from its {@code String}. Holds no state between two calls.
   */
  private static final ThreadLocal<char[]> FIGURE_TEXT = ThreadLocal.withInitial(() -> new char[42]);

  private final boolean asNumber;

  private PrintedAmountSerializer(boolean asNumber) {
    super(PrintedAmount.class);
    this.asNumber = asNumber;
  }

  /**
   * Writes the amount as an object with its figure and unit.
   *
   * @param value the amount, not null
   * @param gen the generator
   * @param provider the provider
   * @throws IOException if writing fails
   */
  @Override
  public void serialize(PrintedAmount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    writeFields(value, gen);
    gen.writeEndObject();
  }

  /**
   * Writes the amount as an object with its figure, unit and the type id the type serializer adds.
   *
   * @param value the amount, not null
   * @param gen the generator
   * @param provider the provider
   * @param typeSer the type serializer
   * @throws IOException if writing fails
   */
  @Override
  public void serializeWithType(PrintedAmount value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.START_OBJECT));
    writeFields(value, gen);
    typeSer.writeTypeSuffix(gen, typeId);
  }

  private void writeFields(PrintedAmount value, JsonGenerator gen) throws IOException {
    gen.writeFieldName("figure");
    char[] text = FIGURE_TEXT.get();
    int length = value.plainFigure(text);
    if (length < 0) {
      text = value.plainFigure().toCharArray();
      length = text.length;
    }
    if (asNumber) {
      gen.writeNumber(text, 0, length);
    } else {
      gen.writeString(text, 0, length);
    }
    gen.writeStringField("unit", value.unit().label());
  }
}
