package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import java.util.Optional;

/** Links a "三公" statement to its column of 表8: a unit's section, or the sum of every unit's, this year and last. */
final class ThreePublicCells {

  private final DepartmentBudget budget;

  ThreePublicCells(DepartmentBudget budget) {
    this.budget = budget;
  }

  Link link(Optional<String> unit, ThreePublicColumn column) {
    Optional<ThreePublicTable> table = budget.threePublic();
    if (table.isEmpty()) {
      return Link.absent(TableId.THREE_PUBLIC);
    }
    Sum sum = new Sum(TableId.THREE_PUBLIC + ", " + unit.orElse(budget.department()) + ", " + column.label(),
        table.get().format());
    for (int s = 0; s < table.get().sections().size(); s++) {
      ThreePublicSection section = table.get().sections().get(s);
      if (unit.isEmpty() || section.unit().equals(unit.get())) {
        sum.add("/threePublic/sections/" + s + "/current/" + column.key(), section.current().get(column))
            .previous(section.previous().get(column));
      }
    }
    return sum.link();
  }
}
