package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * The notice-document JSON Schema, loaded once with networknt's draft 2020-12 validator; shipped in the test-jar so
 * that the examples check their seed files with it.
 */
public final class NoticeDocumentSchema {

  private static final JsonSchema SCHEMA = load();

  private NoticeDocumentSchema() {
  }

  private static JsonSchema load() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DocumentFormat.schema());
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
