package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.subject.Classification;
import io.github.fiscaltransfer.subject.Subject;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A grant (转移支付项目): the programme whose money flows down the levels, with what every level must carry down
 * unchanged — project code, fiscal year, subjects and fund labels.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Grant {

  Grant() {}

  /**
   * Returns the grant's name as printed, such as {@code 医疗服务与保障能力提升补助资金}.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the project code (项目代码), where the document prints one.
   *
   * @return the code, not null
   */
  public abstract Optional<ProjectCode> projectCode();

  /**
   * Returns the fiscal year the money is for.
   *
   * @return the year, not null
   */
  public abstract Year fiscalYear();

  /**
   * Returns whose budget the money comes from.
   *
   * @return the source, not null
   */
  public abstract FundingSource fundingSource();

  /**
   * Returns the revenue subject the receiving level books the money under, where printed.
   *
   * @return the revenue subject, not null
   */
  public abstract Optional<Subject> revenueSubject();

  /**
   * Returns the expenditure subject (支出功能分类) the money is spent under.
   *
   * @return the expenditure subject, not null
   */
  public abstract Subject expenditureSubject();

  /**
   * Returns the fund labels, at most one of each kind.
   *
   * @return the labels, not null
   */
  public abstract List<FundLabel> labels();

  /**
   * Returns the label of a kind, if the grant has one.
   *
   * @param kind the kind, not null
   * @return the label, not null
   */
  public Optional<FundLabel> label(FundLabel.Kind kind) {
    for (FundLabel label : labels()) {
      if (label.kind() == kind) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Grant name must not be blank");
    }
    revenueSubject().ifPresent(s -> requireClassification(s, Classification.REVENUE, "revenue"));
    requireClassification(expenditureSubject(), Classification.EXPENDITURE_FUNCTION, "expenditure");
    Set<FundLabel.Kind> kinds = EnumSet.noneOf(FundLabel.Kind.class);
    for (FundLabel label : labels()) {
      if (!kinds.add(label.kind())) {
        throw new IllegalArgumentException("Grant " + name() + " has two " + label.kind().label() + ": " + labels());
      }
    }
  }

  private void requireClassification(Subject subject, Classification classification, String role) {
    if (subject.code().classification() != classification) {
      throw new IllegalArgumentException("Grant " + name() + "'s " + role + " subject must be of the "
          + classification.label() + ": " + subject);
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a line such as {@code 医疗服务与保障能力提升补助资金 (2022, Z155080000004, 21015 医疗保障管理事务)}. */
  @Override
  public String toString() {
    return name() + " (" + fiscalYear() + projectCode().map(c -> ", " + c).orElse("") + ", "
        + expenditureSubject() + ")";
  }

  /**
   * Builds a {@link Grant}: each method sets the attribute of the same name, described at its accessor.
   * <ul>
   *   <li>{@code name(String)}: the grant's {@linkplain Grant#name() name as printed} (required);</li>
   *   <li>{@code fiscalYear(Year)}: its {@linkplain Grant#fiscalYear() fiscal year} (required);</li>
   *   <li>{@code fundingSource(FundingSource)}: {@linkplain Grant#fundingSource() who funds it} (required);</li>
   *   <li>{@code expenditureSubject(Subject)}: its {@linkplain Grant#expenditureSubject() expenditure subject}
   *       (required);</li>
   *   <li>{@code revenueSubject(Subject)}: the {@linkplain Grant#revenueSubject() revenue subject} it is received
   *       under;</li>
   *   <li>{@code projectCode(ProjectCode)}: its {@linkplain Grant#projectCode() project code};</li>
   *   <li>{@code addLabel(FundLabel)}, {@code addLabels(FundLabel…)}, {@code addAllLabels(Iterable)},
   *       {@code labels(Iterable)}: its {@linkplain Grant#labels() fund labels}.</li>
   * </ul>
   * <p>How the methods behave: {@linkplain io.github.fiscaltransfer the library's builders}.
   */
  public static final class Builder extends ImmutableGrant.Builder {
    Builder() {}
  }
}
