package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import java.io.IOException;
import java.util.List;

/**
 * Writes an {@link AllocationTableJson} by hand, the counterpart of {@link AllocationTableJsonDeserializer}: the
 * fields in the shape's order, absent optionals left out, the lines always written; leaves (amount unit, printed
 * amounts, division codes) through the mapper's own serializers, so features such as figures as numbers apply.
 * The lines are streamed from the table the shape was made from, building no shape per line (a shape read is
 * built into a table, never written). Stateless.
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
    if (table.precision() != null) {
      gen.writeStringField("precision", table.precision().toString());
    }
    if (table.written() != null) {
      gen.writeArrayFieldStart("lines");
      List<AllocationLine> lines = table.written().lines();
      for (int i = 0; i < lines.size(); i++) {
        writeLine(lines.get(i), gen, provider);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /**
   * Writes a line as {@link AllocationLineJson} would: the recipient's name and code (a unit placed without a code as
   * its {@link UnitJson}, with level and parent), the amount, the note.
   */
  private static void writeLine(AllocationLine line, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Recipient recipient = line.recipient();
    gen.writeStartObject(line);
    if (UnitJson.isPlaced(recipient)) {
      provider.defaultSerializeField("recipient", UnitJson.of(recipient), gen);
    } else {
      gen.writeObjectFieldStart("recipient");
      gen.writeStringField("name", recipient.name());
      if (recipient instanceof FiscalUnit unit && unit.code().isPresent()) {
        provider.defaultSerializeField("code", unit.code().get(), gen);
      }
      gen.writeEndObject();
    }
    provider.defaultSerializeField("amount", line.amount(), gen);
    if (line.note().isPresent()) {
      gen.writeStringField("note", line.note().get());
    }
    gen.writeEndObject();
  }
}
