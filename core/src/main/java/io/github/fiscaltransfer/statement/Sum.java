package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adds up the printed cells a statement restates, this year's and, where printed, last year's. */
final class Sum {

  private final String description;
  private final TableFormat format;
  private final List<String> pointers = new ArrayList<>();
  private PrintedAmount current;
  private PrintedAmount previous;
  private boolean missing;

  Sum(String description, TableFormat format) {
    this.description = description;
    this.format = format;
  }

  /** Adds this year's cell; an empty one (the row does not print the column) leaves the statement unlinked. */
  Sum add(String pointer, Optional<PrintedAmount> amount) {
    if (amount.isEmpty()) {
      missing = true;
      return this;
    }
    pointers.add(pointer);
    current = current == null ? amount.get() : current.plus(amount.get());
    return this;
  }

  /** Adds last year's figure of the cell just added. */
  Sum previous(Optional<PrintedAmount> amount) {
    amount.ifPresent(a -> previous = previous == null ? a : previous.plus(a));
    return this;
  }

  Link link() {
    if (missing || pointers.isEmpty()) {
      return Link.none("not-printed", Arguments.of("cell", description));
    }
    return Link.to(new LinkedCell(description, pointers, current, Optional.ofNullable(previous), format));
  }
}
