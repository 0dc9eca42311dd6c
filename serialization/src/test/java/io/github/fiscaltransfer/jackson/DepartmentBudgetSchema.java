package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The department budget JSON Schema, loaded once, for tests here and in the examples. */
public final class DepartmentBudgetSchema {

  private static final JsonSchema SCHEMA = load();

  private DepartmentBudgetSchema() {
  }

  private static JsonSchema load() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DocumentFormat.budgetSchema());
  }

  /**
   * Validates a document against the schema.
   *
   * @param document the document's JSON tree, not null
   * @return every violation, empty if the document matches, not null
   */
  public static Set<ValidationMessage> errors(JsonNode document) {
    return SCHEMA.validate(document);
  }
}
