package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a map key as the value's canonical text, {@code toString()}: {@code {"2101502":…}}, and {@code "万元"}
 * rather than the enum constant's name for {@link io.github.fiscaltransfer.money.AmountUnit}.
 */
final class CanonicalTextKeySerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final CanonicalTextKeySerializer INSTANCE = new CanonicalTextKeySerializer();

  private CanonicalTextKeySerializer() {
    super(Object.class);
  }

  /**
   * Writes the key.
   *
   * @param value the key, not null
   * @param gen the generator
   * @param provider the provider
   * @throws IOException if writing fails
   */
  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeFieldName(value.toString());
  }
}
