package io.github.fiscaltransfer.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an {@link AllocationTableJson} by hand, the counterpart of {@link AllocationTableJsonDeserializer}: the
 * fields in the shape's order, absent optionals left out, the lines always written; leaves (amount unit, printed
 * amounts, division codes) through the mapper's own serializers, so features such as figures as numbers apply.
 * Stateless.
 */
final class AllocationTableJsonSerializer extends StdSerializer<AllocationTableJson> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this for {@code @JsonSerialize(using = …)}. */
  AllocationTableJsonSerializer() {
    super(AllocationTableJson.class);
  }

  @Override
  public void serialize(AllocationTableJson table, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(table);
    if (table.title() != null) {
      gen.writeStringField("title", table.title());
    }
    if (table.unit() != null) {
      provider.defaultSerializeField("unit", table.unit(), gen);
    }
    if (table.declaredTotal() != null) {
      provider.defaultSerializeField("declaredTotal", table.declaredTotal(), gen);
    }
    if (table.lines() != null) {
      gen.writeArrayFieldStart("lines");
      for (AllocationLineJson line : table.lines()) {
        gen.writeStartObject(line);
        gen.writeObjectFieldStart("recipient");
        gen.writeStringField("name", line.recipient().name());
        if (line.recipient().code() != null) {
          provider.defaultSerializeField("code", line.recipient().code(), gen);
        }
        gen.writeEndObject();
        provider.defaultSerializeField("amount", line.amount(), gen);
        if (line.note() != null) {
          gen.writeStringField("note", line.note());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }
}
