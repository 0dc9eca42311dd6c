package io.github.fiscaltransfer.jackson.binding;

import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;

/**
 * The JSON shape of a {@link ValidationReport}: {@code {"findings": […]}}, every finding in order.
 *
 * @param findings the findings, or null for none
 */
record ValidationReportJson(List<FindingJson> findings) {

  /** Makes the list read an unmodifiable view, so that the shape is immutable. */
  ValidationReportJson {
    findings = Shapes.view(findings);
  }

  /**
   * Returns the shape of a report.
   *
   * @param report the report, not null
   * @return its JSON shape, not null
   */
  static ValidationReportJson of(ValidationReport report) {
    return new ValidationReportJson(Shapes.shapes(report.findings(), FindingJson::of));
  }

  ValidationReport toReport() {
    return ValidationReport.of(Shapes.each("findings", findings, FindingJson::toFinding));
  }
}
