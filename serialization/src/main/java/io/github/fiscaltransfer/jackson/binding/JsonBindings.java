package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.util.Objects;

/**
 * The one entry point of the internal binding package (not API): registers every serializer and deserializer of the
 * library in a Jackson module, and holds the document formats' schema ids and the reading policy they follow, which
 * the public {@code DocumentFormat} and {@code FiscalTransferModule} expose. Nothing here imports the API package.
 */
public final class JsonBindings {

  /** The major version of the notice-document format written and read. */
  public static final int MAJOR = 1;
  /** The minor version of the notice-document format written. */
  public static final int MINOR = 1;

  private static final String PREFIX = "https://fiscal-transfer.github.io/schemas/notice-document/";
  private static final String SUFFIX = "/notice-document.schema.json";

  /** The {@code $schema} written in a notice document. */
  public static final String SCHEMA_ID = PREFIX + MAJOR + "." + MINOR + SUFFIX;
  /** The pre-release {@code $schema} of notice-document 1.0, still read. */
  public static final String PREVIOUS_SCHEMA_ID = PREFIX + "0.1" + SUFFIX;
  /** The class-path resource of the notice-document schema. */
  public static final String SCHEMA_RESOURCE = "/io/github/fiscaltransfer/jackson/notice-document.schema.json";
  /** The {@code $schema} of a department budget document. */
  public static final String BUDGET_SCHEMA_ID =
      "https://fiscal-transfer.github.io/schemas/department-budget/0.1/department-budget.schema.json";
  /** The class-path resource of the department budget schema. */
  public static final String BUDGET_SCHEMA_RESOURCE =
      "/io/github/fiscaltransfer/jackson/department-budget.schema.json";

  /** The {@code $schema} of a final accounts document (部门决算). */
  public static final String FINAL_ACCOUNTS_SCHEMA_ID =
      "https://fiscal-transfer.github.io/schemas/final-accounts/0.1/final-accounts.schema.json";
  /** The class-path resource of the final accounts schema. */
  public static final String FINAL_ACCOUNTS_SCHEMA_RESOURCE =
      "/io/github/fiscaltransfer/jackson/final-accounts.schema.json";

  /** The reader attribute naming the issuer against which a table, line or recipient read on its own is resolved. */
  public static final String ISSUER = ShapeDeserializer.ISSUER;

  private JsonBindings() {
  }

  /**
   * Returns whether a notice document naming this {@code $schema} is read: any minor of {@link #MAJOR}, or
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

  /**
   * Adds every serializer, deserializer and key (de)serializer of the library to a module.
   *
   * @param module the module, not null
   * @param units the registry units and recipients are resolved through, not null
   * @param figuresAsNumbers whether figures are written as JSON numbers rather than strings
   * @param failOnUnknownRecipient whether a recipient or unit the registry does not know fails reading
   */
  public static void register(SimpleModule module, UnitRegistry units, boolean figuresAsNumbers,
      boolean failOnUnknownRecipient) {
    Objects.requireNonNull(module, "module");
    addValueTypes(module, figuresAsNumbers);
    addComposites(module, UnitResolver.of(Objects.requireNonNull(units, "units"), failOnUnknownRecipient));
  }

  private static void addValueTypes(SimpleModule module, boolean figuresAsNumbers) {
    addText(module, SubjectCode.class, CanonicalTextDeserializer.SUBJECT_CODE);
    addText(module, Subject.class, CanonicalTextDeserializer.SUBJECT);
    addText(module, DocumentNumber.class, CanonicalTextDeserializer.DOCUMENT_NUMBER);
    addText(module, FundLabel.class, CanonicalTextDeserializer.FUND_LABEL);
    addText(module, ProjectCode.class, CanonicalTextDeserializer.PROJECT_CODE);
    addText(module, DivisionCode.class, CanonicalTextDeserializer.DIVISION_CODE);
    addText(module, AmountUnit.class, CanonicalTextDeserializer.AMOUNT_UNIT);
    addText(module, Quantum.class, CanonicalTextDeserializer.QUANTUM);
    addId(module, EnumIdSerializer.URGENCY, CanonicalTextDeserializer.URGENCY);
    addId(module, EnumIdSerializer.NOTICE_KIND, CanonicalTextDeserializer.NOTICE_KIND);
    addId(module, EnumIdSerializer.FUNDING_SOURCE, CanonicalTextDeserializer.FUNDING_SOURCE);
    addId(module, EnumIdSerializer.FUNDING_ORIGIN, CanonicalTextDeserializer.FUNDING_ORIGIN);
    addId(module, EnumIdSerializer.REFERENCE_ROLE, CanonicalTextDeserializer.REFERENCE_ROLE);
    addId(module, EnumIdSerializer.ADMINISTRATIVE_LEVEL, CanonicalTextDeserializer.ADMINISTRATIVE_LEVEL);
    addId(module, EnumIdSerializer.SEVERITY, CanonicalTextDeserializer.SEVERITY);
    addId(module, EnumIdSerializer.GRADE, CanonicalTextDeserializer.GRADE);
    addId(module, EnumIdSerializer.INDICATOR_LEVEL1, CanonicalTextDeserializer.INDICATOR_LEVEL1);
    addId(module, EnumIdSerializer.BUDGET_SOURCE, CanonicalTextDeserializer.BUDGET_SOURCE);
    module.addSerializer(PrintedAmount.class,
        figuresAsNumbers ? PrintedAmountSerializer.AS_NUMBER : PrintedAmountSerializer.INSTANCE);
    module.addDeserializer(PrintedAmount.class, PrintedAmountDeserializer.INSTANCE);
  }

  private static void addComposites(SimpleModule module, UnitResolver resolver) {
    addShape(module, ShapeSerializer.GRANT, ShapeDeserializer.GRANT);
    addShape(module, ShapeSerializer.DOCUMENT_REFERENCE, ShapeDeserializer.DOCUMENT_REFERENCE);
    module.addSerializer(Recipient.class, ShapeSerializer.RECIPIENT);
    module.addDeserializer(Recipient.class, ShapeDeserializer.recipient(resolver));
    module.addDeserializer(FiscalUnit.class, ShapeDeserializer.fiscalUnit(resolver));
    addShape(module, ShapeSerializer.ALLOCATION_LINE, ShapeDeserializer.allocationLine(resolver));
    addShape(module, ShapeSerializer.ALLOCATION_TABLE, ShapeDeserializer.allocationTable(resolver));
    addShape(module, ShapeSerializer.GRANT_ALLOCATION, ShapeDeserializer.grantAllocation(resolver));
    addShape(module, ShapeSerializer.TRANSFER_NOTICE, ShapeDeserializer.transferNotice(resolver));
    addShape(module, ShapeSerializer.FUNDING, ShapeDeserializer.FUNDING);
    addShape(module, ShapeSerializer.PERFORMANCE_INDICATOR, ShapeDeserializer.PERFORMANCE_INDICATOR);
    addShape(module, ShapeSerializer.PERFORMANCE_TARGET_TABLE, ShapeDeserializer.PERFORMANCE_TARGET_TABLE);
    addShape(module, ShapeSerializer.BUDGET_LINE, ShapeDeserializer.BUDGET_LINE);
    addShape(module, ShapeSerializer.INDICATOR_SCORE, ShapeDeserializer.INDICATOR_SCORE);
    addShape(module, ShapeSerializer.SCORING_WEIGHTS, ShapeDeserializer.SCORING_WEIGHTS);
    addShape(module, ShapeSerializer.SELF_EVALUATION, ShapeDeserializer.SELF_EVALUATION);
    addShape(module, ShapeSerializer.NOTICE_DOCUMENT, ShapeDeserializer.NOTICE_DOCUMENT);
    addShape(module, ShapeSerializer.FINDING, ShapeDeserializer.FINDING);
    addShape(module, ShapeSerializer.VALIDATION_REPORT, ShapeDeserializer.VALIDATION_REPORT);
    BudgetJson.addTo(module);
  }

  private static <T> void addShape(SimpleModule module, ShapeSerializer<T> serializer,
      ShapeDeserializer<?, T> deserializer) {
    module.addSerializer(deserializer.type(), serializer);
    module.addDeserializer(deserializer.type(), deserializer);
  }

  private static <E extends Enum<E>> void addId(SimpleModule module, EnumIdSerializer<E> serializer,
      CanonicalTextDeserializer<E> deserializer) {
    module.addSerializer(deserializer.type(), serializer);
    module.addDeserializer(deserializer.type(), deserializer);
    module.addKeySerializer(deserializer.type(), new EnumIdKeySerializer<>(deserializer.type(), serializer));
    module.addKeyDeserializer(deserializer.type(), new CanonicalTextKeyDeserializer(deserializer));
  }

  private static <T> void addText(SimpleModule module, Class<T> type, CanonicalTextDeserializer<T> deserializer) {
    module.addSerializer(type, ToStringSerializer.instance);
    module.addDeserializer(type, deserializer);
    module.addKeySerializer(type, CanonicalTextKeySerializer.INSTANCE);
    module.addKeyDeserializer(type, new CanonicalTextKeyDeserializer(deserializer));
  }
}
