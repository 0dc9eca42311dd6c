package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import java.io.IOException;
import java.time.DateTimeException;

/**
 * Registers the JSON form of {@link DepartmentBudget} in a module: written from its shape
 * ({@link DepartmentBudgetJson}), read into the shape and built through the core types' factories, a broken rule
 * reported as a {@link MismatchedInputException} naming the type, the JSON path and the reason.
 */
final class BudgetJson {

  private BudgetJson() {}

  /**
   * Adds the serializer and deserializer of {@link DepartmentBudget} to a module.
   *
   * @param module the module, not null
   */
  public static void addTo(SimpleModule module) {
    module.addSerializer(DepartmentBudget.class, Writer.INSTANCE);
    module.addDeserializer(DepartmentBudget.class, Reader.INSTANCE);
  }

  /** Writes a department budget's shape. */
  static final class Writer extends StdSerializer<DepartmentBudget> {

    private static final long serialVersionUID = 1L;
    static final Writer INSTANCE = new Writer();

    private Writer() {
      super(DepartmentBudget.class);
    }

    @Override
    public void serialize(DepartmentBudget value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(DepartmentBudgetJson.of(value), gen);
    }
  }

  /** Reads a department budget's shape and builds it. */
  static final class Reader extends StdDeserializer<DepartmentBudget> {

    private static final long serialVersionUID = 1L;
    static final Reader INSTANCE = new Reader();

    private Reader() {
      super(DepartmentBudget.class);
    }

    @Override
    public DepartmentBudget deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      DepartmentBudgetJson json = ctxt.readValue(p, DepartmentBudgetJson.class);
      try {
        return json.toBudget();
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException | DateTimeException e) {
        MismatchedInputException error = MismatchedInputException.from(p, DepartmentBudget.class,
            "Cannot read DepartmentBudget at " + p.getParsingContext().pathAsPointer() + ": " + e.getMessage());
        error.initCause(e);
        throw error;
      }
    }
  }
}
