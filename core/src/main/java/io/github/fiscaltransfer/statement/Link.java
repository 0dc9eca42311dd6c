package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.validation.Arguments;
import java.util.Optional;

/**
 * The outcome of linking a statement: the cell it restates, or why none is linked, as the variant of
 * {@code statement.unlinked} and the arguments its words name.
 */
record Link(Optional<LinkedCell> cell, String reason, Arguments arguments) {

  static Link to(LinkedCell cell) {
    return new Link(Optional.of(cell), "", Arguments.none());
  }

  static Link none(String reason, Arguments arguments) {
    return new Link(Optional.empty(), reason, arguments);
  }

  /** No cell, because a table is not in the document. */
  static Link absent(Object table) {
    return none("table-absent", Arguments.of("table", table));
  }
}
