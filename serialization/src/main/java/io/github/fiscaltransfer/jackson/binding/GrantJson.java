package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.notice.FundLabel;
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
 * @param fundingSource the funding source
 * @param revenueSubject the revenue subject, or null
 * @param expenditureSubject the expenditure subject
 * @param labels the fund labels, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "projectCode", "fiscalYear", "fundingSource", "revenueSubject", "expenditureSubject",
    "labels"})
record GrantJson(String name, ProjectCode projectCode, @JsonYear Year fiscalYear, FundingSource fundingSource,
    Subject revenueSubject, Subject expenditureSubject, List<FundLabel> labels) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  GrantJson {
    labels = Shapes.view(labels);
  }

  /**
   * Returns the shape of a grant.
   *
   * @param grant the grant, not null
   * @return its JSON shape, not null
   */
  static GrantJson of(Grant grant) {
    return new GrantJson(grant.name(), grant.projectCode().orElse(null), grant.fiscalYear(),
        grant.fundingSource(), grant.revenueSubject().orElse(null), grant.expenditureSubject(), grant.labels());
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
    Shapes.ifPresent(revenueSubject, builder::revenueSubject);
    Shapes.ifPresent(expenditureSubject, builder::expenditureSubject);
    return builder.labels(Shapes.each("labels", labels)).build();
  }
}
