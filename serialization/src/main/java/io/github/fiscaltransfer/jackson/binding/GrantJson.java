package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingOrigin;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.subject.Subject;
import java.time.Year;
import java.util.List;

/**
 * The JSON shape of a {@link Grant}, one field per attribute, absent optionals left out; it keeps core free of
 * Jackson annotations and lets Jackson bind the fields.
 *
 * @param name the grant's name
 * @param projectCode the project code, or null
 * @param fiscalYear the fiscal year, a JSON integer from 1 to 9999 ({@link YearDeserializer})
 * @param fundingSource the funding source, or null when the notice does not state it
 * @param fundingOrigin where the source was found, or null for the usual: the body if a source is given, else none
 * @param revenueSubject the revenue subject, or null
 * @param expenditureSubject the expenditure subject, or null
 * @param economicSubjects the economic subjects (5xx, 3xx), or null for none
 * @param labels the fund labels, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "projectCode", "fiscalYear", "fundingSource", "fundingOrigin", "revenueSubject",
    "expenditureSubject", "economicSubjects", "labels"})
record GrantJson(String name, ProjectCode projectCode, @JsonYear Year fiscalYear, FundingSource fundingSource,
    FundingOrigin fundingOrigin, Subject revenueSubject, Subject expenditureSubject, List<Subject> economicSubjects,
    List<FundLabel> labels) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  GrantJson {
    labels = Shapes.view(labels);
    economicSubjects = Shapes.view(economicSubjects);
  }

  /**
   * Returns the shape of a grant.
   *
   * @param grant the grant, not null
   * @return its JSON shape, not null
   */
  static GrantJson of(Grant grant) {
    FundingOrigin usual = grant.fundingSource().isPresent() ? FundingOrigin.BODY : FundingOrigin.NOT_STATED;
    return new GrantJson(grant.name(), grant.projectCode().orElse(null), grant.fiscalYear(),
        grant.fundingSource().orElse(null), grant.fundingOrigin() == usual ? null : grant.fundingOrigin(),
        grant.revenueSubject().orElse(null), grant.expenditureSubject().orElse(null),
        grant.economicSubjects().isEmpty() ? null : grant.economicSubjects(), grant.labels());
  }

  /**
   * Builds the grant, with its own checks.
   *
   * @return the grant, not null
   * @throws IllegalStateException if a required attribute is missing
   * @throws IllegalArgumentException if the grant breaks one of its rules
   * @throws PartFailure if the year is not a whole number in range, or a label is null
   */
  Grant toGrant() {
    Grant.Builder builder = Grant.builder();
    Shapes.ifPresent(name, builder::name);
    Shapes.ifPresent(projectCode, builder::projectCode);
    Shapes.ifPresent(fiscalYear, builder::fiscalYear);
    Shapes.ifPresent(fundingSource, builder::fundingSource);
    Shapes.ifPresent(fundingOrigin, builder::fundingOrigin);
    Shapes.ifPresent(revenueSubject, builder::revenueSubject);
    Shapes.ifPresent(expenditureSubject, builder::expenditureSubject);
    builder.economicSubjects(Shapes.each("economicSubjects", economicSubjects));
    return builder.labels(Shapes.each("labels", labels)).build();
  }
}
