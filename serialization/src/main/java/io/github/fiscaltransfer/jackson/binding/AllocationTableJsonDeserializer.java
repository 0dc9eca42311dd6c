package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.DivisionCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@link AllocationTableJson} by hand, in one pass over the tokens: a table's lines are most of a notice's
 * JSON, and binding each line and its recipient through Jackson's record creators cost more than everything built
 * from them. Only the recipients wait for the issuer ({@link AllocationTableJson#toTable}), since a notice may name
 * its issuer after its allocations.
 *
 * <p>It reads what binding the records read, with the same leaves: strings, the amount unit, printed amounts and
 * division codes through the mapper's own deserializers; an absent or null field is null, for the builder to
 * report; an unknown field goes to {@link DeserializationContext#handleUnknownProperty} (refused by the hardened
 * mapper); a wrong token is reported by {@link DeserializationContext#handleUnexpectedToken}. The leaves'
 * deserializers are looked up once, when Jackson resolves this deserializer, not per table: a lookup introspects the
 * leaf type each time, since Jackson does not cache the deserializers of strings or of a module's scalars. Immutable
 * once resolved.
 */
final class AllocationTableJsonDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  /** The mapper's deserializers of the leaves, set by {@link #resolve}. */
  private transient Leaves leaves;

  /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = …)}. */
  public AllocationTableJsonDeserializer() {
    super(AllocationTableJson.class);
  }

  /**
   * Looks up the mapper's deserializers of the leaves a table holds.
   *
   * @param ctxt the context
   * @throws JsonMappingException if a leaf has no deserializer
   */
  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    leaves = new Leaves(ctxt);
  }

  /**
   * Returns true: resolved once, this deserializer is the same for every table the mapper reads.
   *
   * @return true
   */
  @Override
  public boolean isCachable() {
    return true;
  }

  /**
   * Reads a table's shape.
   *
   * @param p the parser, on the object's start
   * @param ctxt the context
   * @return the shape, not null
   * @throws IOException if the JSON is not a table's shape
   */
  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String title = null;
    AmountUnit unit = null;
    PrintedAmount declaredTotal = null;
    Precision precision = null;
    List<AllocationLineJson> lines = null;
    for (JsonToken token = startObject(p, ctxt, AllocationTableJson.class); token == JsonToken.FIELD_NAME;
        token = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> title = leaves.string(p, ctxt, value);
        case "unit" -> unit = value == JsonToken.VALUE_NULL ? null : leaves.unit.deserialize(p, ctxt);
        case "declaredTotal" -> declaredTotal = leaves.amount(p, ctxt, value);
        case "precision" -> precision = precision(ctxt, leaves.string(p, ctxt, value));
        case "lines" -> lines = lines(p, ctxt, leaves, value);
        default -> ctxt.handleUnknownProperty(p, this, AllocationTableJson.class, name);
      }
    }
    return new AllocationTableJson(title, unit, declaredTotal, precision, lines, null);
  }

  /** A table's regime from its canonical text, or a Jackson error naming the property and the text. */
  private static Precision precision(DeserializationContext ctxt, String text) throws IOException {
    try {
      return text == null ? null : Precision.parse(text);
    } catch (IllegalArgumentException e) {
      return (Precision) ctxt.handleWeirdStringValue(Precision.class, text, e.getMessage());
    }
  }

  private List<AllocationLineJson> lines(JsonParser p, DeserializationContext ctxt, Leaves leaves, JsonToken value)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.START_ARRAY) {
      return unexpected(p, ctxt, List.class);
    }
    List<AllocationLineJson> lines = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      lines.add(token == JsonToken.VALUE_NULL ? null : line(p, ctxt, leaves));
    }
    return lines;
  }

  private AllocationLineJson line(JsonParser p, DeserializationContext ctxt, Leaves leaves) throws IOException {
    UnitJson recipient = null;
    PrintedAmount amount = null;
    String note = null;
    for (JsonToken token = startObject(p, ctxt, AllocationLineJson.class); token == JsonToken.FIELD_NAME;
        token = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "recipient" -> recipient = value == JsonToken.VALUE_NULL ? null : unit(p, ctxt, leaves);
        case "amount" -> amount = leaves.amount(p, ctxt, value);
        case "note" -> note = leaves.string(p, ctxt, value);
        default -> ctxt.handleUnknownProperty(p, this, AllocationLineJson.class, name);
      }
    }
    return new AllocationLineJson(recipient, amount, note);
  }

  private UnitJson unit(JsonParser p, DeserializationContext ctxt, Leaves leaves) throws IOException {
    String name = null;
    DivisionCode code = null;
    AdministrativeLevel level = null;
    UnitJson parent = null;
    for (JsonToken token = startObject(p, ctxt, UnitJson.class); token == JsonToken.FIELD_NAME;
        token = p.nextToken()) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "name" -> name = leaves.string(p, ctxt, value);
        case "code" -> code = value == JsonToken.VALUE_NULL ? null : leaves.code.deserialize(p, ctxt);
        case "level" -> level = value == JsonToken.VALUE_NULL ? null : leaves.level.deserialize(p, ctxt);
        case "parent" -> parent = value == JsonToken.VALUE_NULL ? null : unit(p, ctxt, leaves);
        default -> ctxt.handleUnknownProperty(p, this, UnitJson.class, field);
      }
    }
    return new UnitJson(name, code, level, parent);
  }

  /** Moves onto the first field (or the end) of an object, or reports the token that is not one. */
  private static JsonToken startObject(JsonParser p, DeserializationContext ctxt, Class<?> shape)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return p.nextToken();
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return token;
    }
    return unexpected(p, ctxt, shape);
  }

  @SuppressWarnings("unchecked")
  private static <T> T unexpected(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    return (T) ctxt.handleUnexpectedToken(type, p);
  }

  /** The mapper's deserializers of the leaves a table holds. */
  private static final class Leaves {
    private final JsonDeserializer<Object> text;
    private final JsonDeserializer<Object> total;
    private final JsonDeserializer<AmountUnit> unit;
    private final JsonDeserializer<DivisionCode> code;
    private final JsonDeserializer<AdministrativeLevel> level;

    @SuppressWarnings("unchecked")
    Leaves(DeserializationContext ctxt) throws JsonMappingException {
      this.text = ctxt.findRootValueDeserializer(ctxt.constructType(String.class));
      this.total = ctxt.findRootValueDeserializer(ctxt.constructType(PrintedAmount.class));
      this.unit = (JsonDeserializer<AmountUnit>) (JsonDeserializer<?>) ctxt.findRootValueDeserializer(
          ctxt.constructType(AmountUnit.class));
      this.code = (JsonDeserializer<DivisionCode>) (JsonDeserializer<?>) ctxt.findRootValueDeserializer(
          ctxt.constructType(DivisionCode.class));
      this.level = (JsonDeserializer<AdministrativeLevel>) (JsonDeserializer<?>) ctxt.findRootValueDeserializer(
          ctxt.constructType(AdministrativeLevel.class));
    }

    /** A string as Jackson binds one: the text of a string token, coerced or refused as configured otherwise. */
    String string(JsonParser p, DeserializationContext ctxt, JsonToken value) throws IOException {
      if (value == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      return value == JsonToken.VALUE_NULL ? null : (String) text.deserialize(p, ctxt);
    }

    PrintedAmount amount(JsonParser p, DeserializationContext ctxt, JsonToken value) throws IOException {
      return value == JsonToken.VALUE_NULL ? null : (PrintedAmount) total.deserialize(p, ctxt);
    }
  }
}
