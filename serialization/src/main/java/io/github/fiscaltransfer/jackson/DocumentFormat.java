package io.github.fiscaltransfer.jackson;

import java.util.Objects;

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
  public static final int MAJOR = 1;
  /** The minor version written: the properties this library knows. */
  public static final int MINOR = 0;

  private static final String PREFIX = "https://fiscal-transfer.github.io/schemas/notice-document/";
  private static final String SUFFIX = "/notice-document.schema.json";

  /** The {@code $id} of the schema of the version written, written as the envelope's {@code $schema}. */
  public static final String SCHEMA_ID = PREFIX + MAJOR + "." + MINOR + SUFFIX;

  /**
   * The {@code $schema} fiscal-transfer 0.1.0 wrote (until 2026-12), read as version 1.0: the same properties and
   * forms, under its pre-release name.
   */
  public static final String PREVIOUS_SCHEMA_ID = PREFIX + "0.1" + SUFFIX;

  /** The class-path resource of the schema of the version written (JSON Schema draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/io/github/fiscaltransfer/jackson/notice-document.schema.json";

  /** The {@code $schema} a department budget document (部门预算) carries. */
  public static final String BUDGET_SCHEMA_ID =
      "https://fiscal-transfer.github.io/schemas/department-budget/0.1/department-budget.schema.json";

  /** The class-path resource of the department budget schema (JSON Schema draft 2020-12). */
  public static final String BUDGET_SCHEMA_RESOURCE =
      "/io/github/fiscaltransfer/jackson/department-budget.schema.json";

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
    Objects.requireNonNull(schemaId, "schemaId");
    if (schemaId.equals(PREVIOUS_SCHEMA_ID)) {
      return true;
    }
    String major = PREFIX + MAJOR + ".";
    if (!schemaId.startsWith(major) || !schemaId.endsWith(SUFFIX)) {
      return false;
    }
    String minor = schemaId.substring(major.length(), schemaId.length() - SUFFIX.length());
    return !minor.isEmpty() && minor.length() <= 4 && minor.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
