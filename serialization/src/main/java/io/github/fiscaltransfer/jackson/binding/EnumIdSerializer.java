package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundingOrigin;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.io.Serializable;
import java.util.function.Function;

/**
 * Writes an enum of the library as its stable {@code id()}, such as {@code "extra_urgent"} for
 * {@link Urgency#EXTRA_URGENT}, or, for the performance enums that have no id, as their printed {@code label()},
 * such as {@code "优"}: one shared instance per enum.
 *
 * @param <E> the enum type
 */
final class EnumIdSerializer<E extends Enum<E>> extends StdScalarSerializer<E> {

  private static final long serialVersionUID = 1L;

  /** Writes {@link Urgency} by id. */
  public static final EnumIdSerializer<Urgency> URGENCY = new EnumIdSerializer<>(Urgency.class, Urgency::id);
  /** Writes {@link NoticeKind} by id. */
  public static final EnumIdSerializer<NoticeKind> NOTICE_KIND =
      new EnumIdSerializer<>(NoticeKind.class, NoticeKind::id);
  /** Writes {@link FundingSource} by id. */
  public static final EnumIdSerializer<FundingSource> FUNDING_SOURCE =
      new EnumIdSerializer<>(FundingSource.class, FundingSource::id);
  /** Writes {@link FundingOrigin} by id. */
  public static final EnumIdSerializer<FundingOrigin> FUNDING_ORIGIN =
      new EnumIdSerializer<>(FundingOrigin.class, FundingOrigin::id);
  /** Writes {@link DocumentReference.Role} by id. */
  public static final EnumIdSerializer<DocumentReference.Role> REFERENCE_ROLE =
      new EnumIdSerializer<>(DocumentReference.Role.class, DocumentReference.Role::id);
  /** Writes {@link AdministrativeLevel} by id. */
  public static final EnumIdSerializer<AdministrativeLevel> ADMINISTRATIVE_LEVEL =
      new EnumIdSerializer<>(AdministrativeLevel.class, AdministrativeLevel::id);
  /** Writes {@link Severity} by id. */
  public static final EnumIdSerializer<Severity> SEVERITY = new EnumIdSerializer<>(Severity.class, Severity::id);

  /** Writes {@link Grade} by label, such as {@code "优"}. */
  public static final EnumIdSerializer<Grade> GRADE = new EnumIdSerializer<>(Grade.class, Grade::label);
  /** Writes {@link IndicatorLevel1} by label, such as {@code "产出指标"}. */
  public static final EnumIdSerializer<IndicatorLevel1> INDICATOR_LEVEL1 =
      new EnumIdSerializer<>(IndicatorLevel1.class, IndicatorLevel1::label);
  /** Writes {@link BudgetSource} by label, such as {@code "结转"}. */
  public static final EnumIdSerializer<BudgetSource> BUDGET_SOURCE =
      new EnumIdSerializer<>(BudgetSource.class, BudgetSource::label);

  /** An id function that can be serialized with the module. */
  private interface Id<E> extends Function<E, String>, Serializable {
  }

  private final Id<E> id;

  private EnumIdSerializer(Class<E> type, Id<E> id) {
    super(type);
    this.id = id;
  }

  /**
   * Returns the id of a constant, as written.
   *
   * @param value the constant, not null
   * @return its id, not null
   */
  public String id(E value) {
    return id.apply(value);
  }

  /**
   * Writes the constant's id.
   *
   * @param value the constant, not null
   * @param gen the generator
   * @param provider the provider
   * @throws IOException if writing fails
   */
  @Override
  public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(id.apply(value));
  }
}
