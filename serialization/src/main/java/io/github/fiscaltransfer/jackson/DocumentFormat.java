package io.github.fiscaltransfer.jackson;

import io.github.fiscaltransfer.jackson.binding.JsonBindings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON document formats (文件格式版本) and their schemas: the versions of the notice-document JSON format (the files {@code NoticeDocument} is read from) and which of
 * them this library reads; the policy is docs/json-compatibility.md.
 *
 * <p>A document names its format in {@code $schema}: {@code …/notice-document/MAJOR.MINOR/notice-document.schema.json}.
 * This library writes {@link #SCHEMA_ID} and reads every minor version of its major: an older minor reads as it
 * is, and a property of a newer minor it does not know is reported as an error naming the property, never dropped.
 * It also reads {@link #PREVIOUS_SCHEMA_ID}, the pre-release name of the same format. A {@code $schema} of another
 * major version is refused; an absent one reads as the current version.
 */
public final class DocumentFormat {

  /** The major version written and read. */
  public static final int MAJOR = JsonBindings.MAJOR;
  /** The minor version written: the properties this library knows. */
  public static final int MINOR = JsonBindings.MINOR;

  /** The {@code $id} of the schema of the version written, written as the envelope's {@code $schema}. */
  public static final String SCHEMA_ID = JsonBindings.SCHEMA_ID;

  /**
   * The {@code $schema} fiscal-transfer 0.1.0 wrote (until 2026-12), read as version 1.0: the same properties and
   * forms, under its pre-release name.
   */
  public static final String PREVIOUS_SCHEMA_ID = JsonBindings.PREVIOUS_SCHEMA_ID;

  /**
   * The class-path resource of the schema of the version written (JSON Schema draft 2020-12); on the module path,
   * where this module's resources are encapsulated, read it with {@link #schema()}.
   */
  public static final String SCHEMA_RESOURCE = JsonBindings.SCHEMA_RESOURCE;

  /** The {@code $schema} a department budget document (部门预算) carries. */
  public static final String BUDGET_SCHEMA_ID = JsonBindings.BUDGET_SCHEMA_ID;

  /** The class-path resource of the department budget schema (JSON Schema draft 2020-12); see {@link #budgetSchema()}. */
  public static final String BUDGET_SCHEMA_RESOURCE = JsonBindings.BUDGET_SCHEMA_RESOURCE;

  /** The {@code $schema} a final accounts document (部门决算) carries. */
  public static final String FINAL_ACCOUNTS_SCHEMA_ID = JsonBindings.FINAL_ACCOUNTS_SCHEMA_ID;

  /**
   * The class-path resource of the final accounts schema (JSON Schema draft 2020-12); see
   * {@link #finalAccountsSchema()}.
   */
  public static final String FINAL_ACCOUNTS_SCHEMA_RESOURCE = JsonBindings.FINAL_ACCOUNTS_SCHEMA_RESOURCE;

  private DocumentFormat() {
  }

  /**
   * Returns whether this library reads documents that name a schema: any minor of {@link #MAJOR}, or
   * {@link #PREVIOUS_SCHEMA_ID}.
   *
   * @param schemaId the document's {@code $schema}, not null
   * @return true if readable
   */
  public static boolean reads(String schemaId) {
    return JsonBindings.reads(schemaId);
  }

  /**
   * Returns the JSON Schema of the notice-document version written, as text: what {@link #SCHEMA_RESOURCE} holds,
   * readable from the module path too.
   *
   * @return the schema (JSON Schema draft 2020-12, {@code $id} {@link #SCHEMA_ID}), not null
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  /**
   * Returns the JSON Schema of department budget documents, as text: what {@link #BUDGET_SCHEMA_RESOURCE} holds,
   * readable from the module path too.
   *
   * @return the schema (JSON Schema draft 2020-12, {@code $id} {@link #BUDGET_SCHEMA_ID}), not null
   */
  public static String budgetSchema() {
    return resource(BUDGET_SCHEMA_RESOURCE);
  }

  /**
   * Returns the JSON Schema of final accounts documents, as text: what {@link #FINAL_ACCOUNTS_SCHEMA_RESOURCE} holds,
   * readable from the module path too.
   *
   * @return the schema (JSON Schema draft 2020-12, {@code $id} {@link #FINAL_ACCOUNTS_SCHEMA_ID}), not null
   */
  public static String finalAccountsSchema() {
    return resource(FINAL_ACCOUNTS_SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = DocumentFormat.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("fiscal-transfer bug: the resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
