package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of a {@link PerformanceTargetTable} (绩效目标表, usually 附件2): grant name, project code, year,
 * region, funding, goals and indicators in printed order.
 *
 * @param grantName the grant's name as printed
 * @param projectCode the project code (项目代码), or null
 * @param year the fiscal year, a JSON integer from 1 to 9999
 * @param region the region as printed, or null
 * @param funding the funding block
 * @param goals the annual goals, or null for none
 * @param indicators the indicators, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"grantName", "projectCode", "year", "region", "funding", "goals", "indicators"})
record PerformanceTargetTableJson(String grantName, ProjectCode projectCode, @JsonYear Year year, String region,
    FundingJson funding, List<String> goals, List<PerformanceIndicatorJson> indicators) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  PerformanceTargetTableJson {
    goals = Shapes.view(goals);
    indicators = Shapes.view(indicators);
  }

  /**
   * Returns the shape of a target table.
   *
   * @param table the table, not null
   * @return its JSON shape, not null
   */
  static PerformanceTargetTableJson of(PerformanceTargetTable table) {
    return new PerformanceTargetTableJson(table.grantName(), table.projectCode().orElse(null),
        table.year(), table.region().orElse(null), FundingJson.of(table.funding()),
        table.goals(), Shapes.shapes(table.indicators(), PerformanceIndicatorJson::of));
  }

  PerformanceTargetTable toTable() {
    PerformanceTargetTable.Builder builder = PerformanceTargetTable.builder();
    builder.projectCode(Optional.ofNullable(projectCode)).region(Optional.ofNullable(region))
        .goals(Shapes.each("goals", goals))
        .indicators(Shapes.each("indicators", indicators, PerformanceIndicatorJson::toIndicator));
    Shapes.ifPresent(grantName, builder::grantName);
    Shapes.ifPresent(year, builder::year);
    Shapes.ifPresent(funding, value -> builder.funding(Shapes.at("funding", value::toFunding)));
    return builder.build();
  }
}
