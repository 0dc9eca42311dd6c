package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.StandardTable;
import java.util.Objects;

/**
 * What the prose says of a table: that the document holds it (a 目录 entry, "见表9") or that it has no data
 * (本单位无国有资本经营支出预算).
 *
 * @param table the table (a 部门预算 {@code TableId} or a 部门决算 {@code FinalTableId}), not null
 * @param empty true if the prose says the table has no data, false if it says the table is there
 * @param source where it is said, not null
 */
public record TableStatement(StandardTable table, boolean empty, Source source) implements Statement {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public TableStatement {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(source, "source");
  }

  /** Returns {@code 表10 国有资本经营预算支出表: no data (line 280, column 1)}. */
  @Override
  public String toString() {
    return table + (empty ? ": no data" : ": present") + " (" + source.position() + ")";
  }
}
