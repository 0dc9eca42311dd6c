package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.BudgetTask;
import io.github.fiscaltransfer.budget.PerformanceGoalTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON shape of a {@link PerformanceGoalTable} (整体支出绩效目标表).
 *
 * @param format the format
 * @param year the year, a JSON integer from 1 to 9999
 * @param department the department as printed
 * @param supervisor the supervising department as printed
 * @param tasks the tasks
 * @param totals the 金额合计 row
 * @param goals the overall goals
 * @param indicators the indicators
 */
@JsonPropertyOrder({"format", "year", "department", "supervisor", "tasks", "totals", "goals", "indicators"})
record PerformanceGoalTableJson(FormatJson format, @JsonYear Year year, String department, String supervisor,
    List<TaskJson> tasks, TaskJson totals, List<String> goals, List<PerformanceIndicator> indicators) {

  /**
   * One task; a blank cell is left out.
   *
   * @param name the name
   * @param content what it covers
   * @param total 总额
   * @param fiscal 财政拨款, or null
   * @param other 其他资金, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "content", "total", "fiscal", "other"})
  record TaskJson(String name, String content, String total, String fiscal, String other) {

    static TaskJson of(BudgetTask task) {
      return new TaskJson(task.name(), task.content(), FormatJson.figure(task.total()),
          task.fiscal().map(FormatJson::figure).orElse(null), task.other().map(FormatJson::figure).orElse(null));
    }

    BudgetTask toTask(TableFormat format) {
      return BudgetTask.builder().name(Objects.requireNonNull(name, "name"))
          .content(Objects.requireNonNull(content, "content"))
          .total(Shapes.figure(format, Objects.requireNonNull(total, "total")))
          .fiscal(Optional.ofNullable(fiscal).map(format::parse)).other(Optional.ofNullable(other).map(format::parse))
          .build();
    }
  }

  static PerformanceGoalTableJson of(PerformanceGoalTable table) {
    return new PerformanceGoalTableJson(FormatJson.of(table.format()), table.year(), table.department(),
        table.supervisor(), Shapes.shapes(table.tasks(), TaskJson::of), TaskJson.of(table.totals()),
        table.goals(), table.indicators());
  }

  PerformanceGoalTable toTable() {
    TableFormat table = Objects.requireNonNull(format, "format").toFormat();
    return PerformanceGoalTable.builder().format(table).year(Objects.requireNonNull(year, "year"))
        .department(Objects.requireNonNull(department, "department"))
        .supervisor(Objects.requireNonNull(supervisor, "supervisor"))
        .tasks(Objects.requireNonNull(tasks, "tasks").stream().map(t -> t.toTask(table)).toList())
        .totals(Objects.requireNonNull(totals, "totals").toTask(table))
        .goals(Objects.requireNonNull(goals, "goals")).indicators(Objects.requireNonNull(indicators, "indicators"))
        .build();
  }
}
