package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.hierarchy.NationalTree;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 6: retained bytes per allocation line of the generated notices, measured with JOL, against the
 * {@code BigDecimal[]} and {@code long[]} baselines holding the same tables. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.fiscaltransfer.benchmarks.MemoryFootprint [grants]}.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /**
   * Prints bytes per line of the notices (with and without the unit tree they share), of their tables alone, and
   * of the baselines.
   *
   * @param args the number of grants, 1 unless given
   */
  public static void main(String[] args) {
    NationalTree tree = NationalTree.generate(NationalState.SEED, args.length > 0 ? Integer.parseInt(args[0]) : 1);
    long lines = tree.lineCount();
    List<FiscalUnit> units = new ArrayList<>();
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      units.addAll(tree.units().units(level));
    }
    GraphLayout unitGraph = GraphLayout.parseInstance(units);
    GraphLayout notices = GraphLayout.parseInstance(tree.notices());
    GraphLayout withoutUnits = notices.subtract(unitGraph);
    GraphLayout tables = GraphLayout.parseInstance(tree.notices().stream()
        .flatMap(notice -> notice.allocations().stream()).flatMap(allocation -> allocation.table().stream())
        .toList()).subtract(unitGraph);
    SumBaselines baselines = new SumBaselines(tree.notices());
    long decimals = GraphLayout.parseInstance((Object) baselines.decimalTables).totalSize();
    long fen = GraphLayout.parseInstance((Object) baselines.fenTables).totalSize();
    System.out.printf("%s%n", tree);
    System.out.printf("notices, units included:  %8s bytes/line (%s× BigDecimal[])%n",
        ratio(notices.totalSize(), lines, 1), ratio(notices.totalSize(), decimals, 2));
    System.out.printf("notices, units excluded:  %8s bytes/line (%s× BigDecimal[])%n",
        ratio(withoutUnits.totalSize(), lines, 1), ratio(withoutUnits.totalSize(), decimals, 2));
    System.out.printf("tables only, no units:    %8s bytes/line (%s× BigDecimal[])%n",
        ratio(tables.totalSize(), lines, 1), ratio(tables.totalSize(), decimals, 2));
    System.out.printf("BigDecimal[] baseline:    %8s bytes/line%n", ratio(decimals, lines, 1));
    System.out.printf("long[] fen baseline:      %8s bytes/line%n", ratio(fen, lines, 1));
    System.out.println(withoutUnits.toFootprint());
  }

  /** A ratio of byte counts, rounded half up for printing. */
  private static BigDecimal ratio(long part, long whole, int scale) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }
}
