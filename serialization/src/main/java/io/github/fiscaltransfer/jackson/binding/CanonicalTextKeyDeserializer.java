package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.io.Serializable;
import java.util.Objects;

/**
 * Reads a map key from its canonical text with the type's {@link CanonicalTextDeserializer}, so that keys and
 * values accept exactly the same text. A key that does not parse is reported as an
 * {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} naming the type, the key and the reason.
 */
final class CanonicalTextKeyDeserializer extends KeyDeserializer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CanonicalTextDeserializer<?> values;

  /**
   * Creates a key deserializer reading keys as the given deserializer reads values.
   *
   * @param values the deserializer of the key type, not null
   */
  public CanonicalTextKeyDeserializer(CanonicalTextDeserializer<?> values) {
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * Reads the key.
   *
   * @param key the key text, not null
   * @param ctxt the context
   * @return the value, not null
   * @throws IOException if the key is not a valid value
   */
  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
    try {
      return values.parseText(key);
    } catch (IllegalArgumentException | ArithmeticException e) {
      JsonMappingException error = ctxt.weirdKeyException(values.type(), key, e.getMessage());
      error.initCause(e);
      throw error;
    }
  }
}
