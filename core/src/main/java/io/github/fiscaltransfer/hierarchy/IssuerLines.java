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

  /** How lines are looked for: {@code by division code 510100} or {@code by the printed name 成都市}. */
  static String how(FiscalUnit unit) {
    return unit.code().map(code -> "by division code " + code).orElse("by the printed name " + unit.name());
  }
}
