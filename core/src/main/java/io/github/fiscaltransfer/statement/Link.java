package io.github.fiscaltransfer.statement;

import java.util.Optional;

/** The outcome of linking a statement: the cell it restates, or why none is linked. */
record Link(Optional<LinkedCell> cell, String reason) {

  static Link to(LinkedCell cell) {
    return new Link(Optional.of(cell), "");
  }

  static Link none(String reason) {
    return new Link(Optional.empty(), reason);
  }
}
