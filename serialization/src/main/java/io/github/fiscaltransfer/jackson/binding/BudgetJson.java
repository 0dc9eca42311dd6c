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
import io.github.fiscaltransfer.budget.FinalAccounts;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;

/**
 * Registers the JSON forms of {@link DepartmentBudget} and {@link FinalAccounts} in a module: written from their
 * shapes ({@link DepartmentBudgetJson}, {@link FinalAccountsJson}), read into the shape and built through the core
 * types' factories, a broken rule reported as a {@link MismatchedInputException} naming the type, the JSON path and
 * the reason.
 */
final class BudgetJson {

  private BudgetJson() {}

  /**
   * Adds the serializers and deserializers of the department budget documents to a module.
   *
   * @param module the module, not null
   */
  public static void addTo(SimpleModule module) {
    module.addSerializer(DepartmentBudget.class, new Writer<>(DepartmentBudget.class, DepartmentBudgetJson::of));
    module.addDeserializer(DepartmentBudget.class,
        new Reader<>(DepartmentBudget.class, DepartmentBudgetJson.class, DepartmentBudgetJson::toBudget));
    module.addSerializer(FinalAccounts.class, new Writer<>(FinalAccounts.class, FinalAccountsJson::of));
    module.addDeserializer(FinalAccounts.class,
        new Reader<>(FinalAccounts.class, FinalAccountsJson.class, FinalAccountsJson::toAccounts));
  }

  /** Writes a document's shape. */
  static final class Writer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;
    private final transient Function<T, Object> shape;

    Writer(Class<T> type, Function<T, Object> shape) {
      super(type);
      this.shape = shape;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(shape.apply(value), gen);
    }
  }

  /** Reads a document's shape and builds it. */
  static final class Reader<T, J> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;
    private final Class<J> shapeType;
    private final transient Function<J, T> build;

    Reader(Class<T> type, Class<J> shapeType, Function<J, T> build) {
      super(type);
      this.shapeType = shapeType;
      this.build = build;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      J json = ctxt.readValue(p, shapeType);
      try {
        return build.apply(json);
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException | DateTimeException
          | ArithmeticException e) {
        MismatchedInputException error = MismatchedInputException.from(p, handledType(),
            "Cannot read " + handledType().getSimpleName() + " at " + p.getParsingContext().pathAsPointer() + ": "
                + e.getMessage());
        error.initCause(e);
        throw error;
      }
    }
  }
}
