package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.util.List;
import java.util.Optional;

/**
 * Finds a parent table's line for a unit: by division code where the line's recipient and the unit both have one,
 * else by the printed name, so that a unit resolved in another year or kept as printed still links.
 */
final class IssuerLines {

  private IssuerLines() {}

  static Optional<AllocationLine> lineFor(AllocationTable table, FiscalUnit unit) {
    Optional<DivisionCode> code = unit.code();
    List<AllocationLine> lines = table.lines();
    for (int i = 0; i < lines.size(); i++) { // not an iterator: asked for each of 80,000 links
      AllocationLine line = lines.get(i);
      Optional<DivisionCode> lineCode = line.recipient() instanceof FiscalUnit recipient ? recipient.code()
          : Optional.empty();
      boolean same = code.isPresent() && lineCode.isPresent() ? code.equals(lineCode)
          : line.recipient().name().equals(unit.name());
      if (same) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
