package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an enum map key as the id its values are written as, such as {@code {"extra_urgent":…}} and
 * {@code {"优":…}}, not the constant's name.
 *
 * @param <E> the enum type
 */
final class EnumIdKeySerializer<E extends Enum<E>> extends StdSerializer<E> {

  private static final long serialVersionUID = 1L;

  private final EnumIdSerializer<E> ids;

  /**
   * Creates the key serializer of an enum.
   *
   * @param type the enum type, not null
   * @param ids the enum's value serializer, whose ids it writes, not null
   */
  public EnumIdKeySerializer(Class<E> type, EnumIdSerializer<E> ids) {
    super(type);
    this.ids = ids;
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
  public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeFieldName(ids.id(value));
  }
}
