package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.math.BigDecimal;
import java.util.List;

/**
 * BASELINES, not library code: the same tables as bare arrays — {@code BigDecimal[]} in 元 and {@code long[]} in
 * fen, one array a table with the declared total last — and hand-written loops that check only that the lines add
 * up. What the library's validation is measured against.
 */
final class SumBaselines {

  final BigDecimal[][] decimalTables;
  final long[][] fenTables;

  SumBaselines(List<TransferNotice> notices) {
    List<AllocationTable> tables = notices.stream().flatMap(notice -> notice.allocations().stream())
        .flatMap(allocation -> allocation.table().stream()).toList();
    decimalTables = tables.stream().map(SumBaselines::decimals).toArray(BigDecimal[][]::new);
    fenTables = tables.stream().map(SumBaselines::fen).toArray(long[][]::new);
  }

  private static BigDecimal[] decimals(AllocationTable table) {
    List<AllocationLine> lines = table.lines();
    BigDecimal[] row = new BigDecimal[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      row[i] = lines.get(i).amount().toYuan();
    }
    row[lines.size()] = table.declaredTotal().toYuan();
    return row;
  }

  private static long[] fen(AllocationTable table) {
    BigDecimal[] yuan = decimals(table);
    long[] row = new long[yuan.length];
    for (int i = 0; i < yuan.length; i++) {
      row[i] = yuan[i].movePointRight(2).longValueExact();
    }
    return row;
  }

  /** Returns how many {@code BigDecimal[]} tables do not add up to their last element. */
  static int decimalMismatches(BigDecimal[][] tables) {
    int mismatches = 0;
    for (BigDecimal[] table : tables) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < table.length - 1; i++) {
        sum = sum.add(table[i]);
      }
      mismatches += sum.compareTo(table[table.length - 1]) == 0 ? 0 : 1;
    }
    return mismatches;
  }

  /** Returns how many {@code long[]} tables do not add up to their last element. */
  static int fenMismatches(long[][] tables) {
    int mismatches = 0;
    for (long[] table : tables) {
      long sum = 0;
      for (int i = 0; i < table.length - 1; i++) {
        sum += table[i];
      }
      mismatches += sum == table[table.length - 1] ? 0 : 1;
    }
    return mismatches;
  }
}
