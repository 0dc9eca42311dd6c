package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundingOrigin;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.io.Serializable;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Reads a value from the JSON string of its canonical text, through the type's own {@code parse} (for the
 * library's enums with an {@code id()}, by that id, as {@link EnumIdSerializer} writes it): one shared, stateless
 * instance per type, such as {@link #SUBJECT_CODE} for {@code "2101502"}.
 *
 * <p>Only a JSON string is accepted. Text longer than {@link #MAX_TEXT_LENGTH} characters is rejected before
 * parsing. A parse failure becomes an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} that names
 * the type, the JSON path and the domain's reason, with the domain exception as its cause.
 *
 * @param <T> the type read
 */
final class CanonicalTextDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** The longest text read; every canonical form is far shorter. */
  public static final int MAX_TEXT_LENGTH = 500;

  /** Reads {@link SubjectCode}, such as {@code "2101502"}. */
  public static final CanonicalTextDeserializer<SubjectCode> SUBJECT_CODE =
      new CanonicalTextDeserializer<>(SubjectCode.class, SubjectCode::parse);
  /** Reads {@link Subject}, such as {@code "2101502 一般行政管理事务"}. */
  public static final CanonicalTextDeserializer<Subject> SUBJECT =
      new CanonicalTextDeserializer<>(Subject.class, Subject::parse);
  /** Reads {@link DocumentNumber}, such as {@code "粤财社〔2021〕307号"}. */
  public static final CanonicalTextDeserializer<DocumentNumber> DOCUMENT_NUMBER =
      new CanonicalTextDeserializer<>(DocumentNumber.class, DocumentNumber::parse);
  /** Reads {@link FundLabel}, such as {@code "01 中央直达资金"}. */
  public static final CanonicalTextDeserializer<FundLabel> FUND_LABEL =
      new CanonicalTextDeserializer<>(FundLabel.class, FundLabel::parse);
  /** Reads {@link ProjectCode}, its capital letter and twelve digits. */
  public static final CanonicalTextDeserializer<ProjectCode> PROJECT_CODE =
      new CanonicalTextDeserializer<>(ProjectCode.class, ProjectCode::parse);
  /** Reads {@link DivisionCode}, its six digits such as {@code "440000"}. */
  public static final CanonicalTextDeserializer<DivisionCode> DIVISION_CODE =
      new CanonicalTextDeserializer<>(DivisionCode.class, DivisionCode::parse);
  /** Reads {@link AmountUnit} by its label: {@code "元"}, {@code "万元"} or {@code "亿元"}. */
  public static final CanonicalTextDeserializer<AmountUnit> AMOUNT_UNIT =
      new CanonicalTextDeserializer<>(AmountUnit.class, AmountUnit::ofLabel);
  /** Reads {@link Quantum}, such as {@code "0.01万元"}. */
  public static final CanonicalTextDeserializer<Quantum> QUANTUM =
      new CanonicalTextDeserializer<>(Quantum.class, Quantum::parse);

  /** Reads {@link Urgency} by id, such as {@code "extra_urgent"}. */
  public static final CanonicalTextDeserializer<Urgency> URGENCY = byId(EnumIdSerializer.URGENCY);
  /** Reads {@link NoticeKind} by id, such as {@code "formal"}. */
  public static final CanonicalTextDeserializer<NoticeKind> NOTICE_KIND = byId(EnumIdSerializer.NOTICE_KIND);
  /** Reads {@link FundingSource} by id, such as {@code "central"}. */
  public static final CanonicalTextDeserializer<FundingSource> FUNDING_SOURCE =
      byId(EnumIdSerializer.FUNDING_SOURCE);
  /** Reads {@link FundingOrigin} by id, such as {@code "title"}. */
  public static final CanonicalTextDeserializer<FundingOrigin> FUNDING_ORIGIN = byId(EnumIdSerializer.FUNDING_ORIGIN);
  /** Reads {@link DocumentReference.Role} by id, such as {@code "source"}. */
  public static final CanonicalTextDeserializer<DocumentReference.Role> REFERENCE_ROLE =
      byId(EnumIdSerializer.REFERENCE_ROLE);
  /** Reads {@link AdministrativeLevel} by id, such as {@code "county"}. */
  public static final CanonicalTextDeserializer<AdministrativeLevel> ADMINISTRATIVE_LEVEL =
      byId(EnumIdSerializer.ADMINISTRATIVE_LEVEL);
  /** Reads {@link Severity} by id, such as {@code "error"}. */
  public static final CanonicalTextDeserializer<Severity> SEVERITY = byId(EnumIdSerializer.SEVERITY);

  /** Reads {@link Grade} by label, such as {@code "优"}. */
  public static final CanonicalTextDeserializer<Grade> GRADE = byId(EnumIdSerializer.GRADE);
  /** Reads {@link IndicatorLevel1} by label, such as {@code "产出指标"}. */
  public static final CanonicalTextDeserializer<IndicatorLevel1> INDICATOR_LEVEL1 =
      byId(EnumIdSerializer.INDICATOR_LEVEL1);
  /** Reads {@link BudgetSource} by label, such as {@code "结转"}. */
  public static final CanonicalTextDeserializer<BudgetSource> BUDGET_SOURCE = byId(EnumIdSerializer.BUDGET_SOURCE);

  /** A parse function that can be serialized with the module. */
  private interface Parser<T> extends Function<String, T>, Serializable {
  }

  private final Class<T> type;
  private final Parser<T> parser;

  private CanonicalTextDeserializer(Class<T> type, Parser<T> parser) {
    super(type);
    this.type = type;
    this.parser = parser;
  }

  private static <E extends Enum<E>> CanonicalTextDeserializer<E> byId(EnumIdSerializer<E> ids) {
    Class<E> type = ids.handledType();
    return new CanonicalTextDeserializer<>(type, text -> {
      StringJoiner expected = new StringJoiner(", ");
      for (E constant : type.getEnumConstants()) {
        if (ids.id(constant).equals(text)) {
          return constant;
        }
        expected.add(ids.id(constant));
      }
      throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " id '" + text + "' (expected "
          + expected + ")");
    });
  }

  /**
   * Reads the value from the current JSON string.
   *
   * @param p the parser, on the value
   * @param ctxt the context
   * @return the value, not null
   * @throws IOException if the token is not a string or the text is not a valid value
   */
  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return type.cast(ctxt.reportInputMismatch(this, "Cannot read %s at %s: expected a JSON string, got %s",
          type.getSimpleName(), Failures.where(p), p.currentToken()));
    }
    String text = p.getText();
    try {
      return parseText(text);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw Failures.invalid(p, type, text, e.getMessage(), e);
    }
  }

  /**
   * Returns the type this reads.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Parses canonical text with the type's own {@code parse}, as for a JSON string or a map key.
   *
   * @param text the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT_LENGTH} or is not a valid value
   *     (the domain's parse exception)
   * @throws ArithmeticException if the value cannot be represented without rounding
   */
  public T parseText(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("longer than " + MAX_TEXT_LENGTH + " characters");
    }
    return parser.apply(text);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.OtherScalar;
  }
}
