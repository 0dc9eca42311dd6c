package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Year;

/** Writes a year as the JSON integer {@link YearDeserializer} reads, such as {@code 2022}. */
final class YearSerializer extends StdScalarSerializer<Year> {

  private static final long serialVersionUID = 1L;

  YearSerializer() {
    super(Year.class);
  }

  @Override
  public void serialize(Year value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeNumber(value.getValue());
  }
}
