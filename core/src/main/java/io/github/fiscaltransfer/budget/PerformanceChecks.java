package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The tasks of an overall performance table: 总额 = 财政拨款 + 其他资金, and the tasks add up to 金额合计. */
final class PerformanceChecks {

  private static final String PREFIX = "/" + TableId.PERFORMANCE.key();

  private PerformanceChecks() {}

  static void check(PerformanceGoalTable table, Equations equations) {
    TableFormat format = table.format();
    for (int i = 0; i < table.tasks().size(); i++) {
      checkTask(table.tasks().get(i), PREFIX + "/tasks/" + i, table.department(), format, equations);
    }
    BudgetTask totals = table.totals();
    checkTask(totals, PREFIX + "/totals", table.department(), format, equations);
    column(table, "总额", "total", t -> Optional.of(t.total()), equations);
    column(table, "财政拨款", "fiscal", BudgetTask::fiscal, equations);
    column(table, "其他资金", "other", BudgetTask::other, equations);
  }

  private static void checkTask(BudgetTask task, String pointer, String department, TableFormat format,
      Equations equations) {
    List<PrintedAmount> parts = Stream.of(task.fiscal(), task.other()).flatMap(Optional::stream).toList();
    if (!parts.isEmpty()) {
      Place place = new Place(TableId.PERFORMANCE, department, task.name(), "总额", pointer + "/total");
      equations.sum(BudgetRule.TASK_SUM, place, task.total(), parts, Phrase.of("task-parts"), format);
    }
  }

  private static void column(PerformanceGoalTable table, String label, String key,
      Function<BudgetTask, Optional<PrintedAmount>> cell, Equations equations) {
    cell.apply(table.totals()).ifPresent(printed -> {
      List<PrintedAmount> addends = table.tasks().stream().map(cell).flatMap(Optional::stream).toList();
      Place place = new Place(TableId.PERFORMANCE, table.department(), "金额合计", label, PREFIX + "/totals/" + key);
      equations.sum(BudgetRule.TASK_SUM, place, printed, addends, Phrase.of("tasks"), table.format());
    });
  }
}
