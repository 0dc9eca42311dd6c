package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The final accounts JSON Schema, loaded once, for tests here and in the examples. */
public final class FinalAccountsSchema {

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(DocumentFormat.finalAccountsSchema());

  private FinalAccountsSchema() {
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
