package io.github.fiscaltransfer.reader.sheet;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's merged regions indexed by the rows that hold cells, so that finding the region over a cell costs a map
 * look-up, whatever the sheet's extent or its count of merged regions. Regions are added one at a time by
 * {@link SheetCells}, which reports the damaged ones; overlapping regions, which no spreadsheet program writes, keep
 * the first region per row and starting column.
 */
final class MergedRegions {

  /** The most (row, region) pairs indexed: far beyond any allocation table, a bound for a hostile one. */
  static final int MAX_ENTRIES = 1_000_000;

  private final int[] rows;
  private final Map<Integer, NavigableMap<Integer, CellRangeAddress>> byRow = new HashMap<>();
  private int entries;

  /**
   * Creates an empty index over the rows that hold cells.
   *
   * @param rows the 0-based indexes of the rows that hold cells, ascending
   */
  MergedRegions(int[] rows) {
    this.rows = rows;
  }

  /**
   * Indexes a region under each row holding cells that it covers.
   *
   * @return false if the index is full, so the region and those after it are not followed
   */
  boolean add(CellRangeAddress region) {
    int from = java.util.Arrays.binarySearch(rows, region.getFirstRow());
    for (int i = from < 0 ? -from - 1 : from; i < rows.length && rows[i] <= region.getLastRow(); i++) {
      if (++entries > MAX_ENTRIES) {
        return false;
      }
      byRow.computeIfAbsent(rows[i], row -> new TreeMap<>()).putIfAbsent(region.getFirstColumn(), region);
    }
    return true;
  }

  /** Returns the region covering a cell, or null. */
  CellRangeAddress at(int row, int column) {
    NavigableMap<Integer, CellRangeAddress> regions = byRow.get(row);
    Map.Entry<Integer, CellRangeAddress> left = regions == null ? null : regions.floorEntry(column);
    return left != null && left.getValue().isInRange(row, column) ? left.getValue() : null;
  }
}
