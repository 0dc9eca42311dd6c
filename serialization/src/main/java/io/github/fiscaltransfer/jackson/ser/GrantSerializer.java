package io.github.fiscaltransfer.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fiscaltransfer.jackson.deser.GrantJson;
import io.github.fiscaltransfer.notice.Grant;
import java.io.IOException;

/**
 * Writes a {@link Grant} as the object {@link GrantJson} describes: {@code fiscalYear} a number, subjects, labels
 * and the project code in their canonical text, the funding source by id, absent optionals left out.
 */
public final class GrantSerializer extends StdSerializer<Grant> {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final GrantSerializer INSTANCE = new GrantSerializer();

  private GrantSerializer() {
    super(Grant.class);
  }

  /**
   * Writes the grant.
   *
   * @param value the grant, not null
   * @param gen the generator
   * @param provider the provider
   * @throws IOException if writing fails
   */
  @Override
  public void serialize(Grant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    provider.defaultSerializeValue(GrantJson.of(value), gen);
  }
}
