package io.github.fiscaltransfer.reader.sheet;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells of one sheet as they display: a merged cell's value in every cell it covers, a number as its format
 * shows it, a formula by its cached value (checked against what it computes), and a number whose display hides
 * digits it holds reported rather than read.
 */
final class SheetCells {

  /** Digits beyond the displayed ones that may differ from zero only by binary noise (0.1 + 0.2). */
  private static final int NOISE_DIGITS = 6;

  private final Sheet sheet;
  private final ReadReport.Builder report;
  private final DataFormatter formatter = new DataFormatter(Locale.US);
  private final FormulaEvaluator evaluator;

  SheetCells(Sheet sheet, ReadReport.Builder report) {
    this.sheet = sheet;
    this.report = report;
    this.evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
  }

  SourcePosition position(int row, int column) {
    return new SourcePosition(sheet.getSheetName(), row + 1, column + 1);
  }

  int lastRow() {
    return sheet.getLastRowNum();
  }

  int lastColumn(int row) {
    Row cells = sheet.getRow(row);
    return cells == null ? -1 : cells.getLastCellNum() - 1;
  }

  /** Returns the cell's text as displayed (a merged region's top-left value), stripped; empty if blank. */
  String text(int row, int column) {
    Cell cell = cell(row, column);
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.FORMULA) {
      CellType cached = cell.getCachedFormulaResultType();
      return cached == CellType.NUMERIC ? displayed(cell.getNumericCellValue(), cell)
          : cached == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }
    return formatter.formatCellValue(cell).strip();
  }

  /**
   * Returns a figure cell's text as displayed, or null (reported) if the display hides digits the cell holds or a
   * formula's cached value differs from what it computes.
   */
  LocatedText figure(int row, int column) {
    Cell cell = cell(row, column);
    LocatedText text = new LocatedText(text(row, column), position(row, column));
    if (cell == null || !isNumeric(cell)) {
      return text;
    }
    if (cell.getCellType() == CellType.FORMULA) {
      checkFormula(cell, text);
    }
    BigDecimal displayed = decimal(text.text());
    BigDecimal held = new BigDecimal(cell.getNumericCellValue());
    if (displayed != null && held.setScale(displayed.scale() + NOISE_DIGITS, RoundingMode.HALF_UP)
        .compareTo(displayed) != 0) {
      report.add(ReadRule.VALUE, text.position(), text.text(), "the cell holds "
          + BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString() + " but displays " + text.text()
          + ": its format hides digits, so the figure is not read");
      return null;
    }
    return text;
  }

  private void checkFormula(Cell cell, LocatedText cached) {
    try {
      CellValue computed = evaluator.evaluate(cell);
      String shown = computed.getCellType() == CellType.NUMERIC ? displayed(computed.getNumberValue(), cell)
          : computed.formatAsString();
      if (!shown.equals(cached.text())) {
        report.add(ReadRule.FORMULA, cached.position(), cached.text(), "the formula " + cell.getCellFormula()
            + " computes " + shown + "; the cached value " + cached.text() + " is read, as the file shows it");
      }
    } catch (RuntimeException e) {
      report.add(ReadRule.FORMULA, cached.position(), cached.text(), "the formula " + cell.getCellFormula()
          + " cannot be computed here (" + e.getMessage() + "); the cached value is read");
    }
  }

  /**
   * The text a number cell displays. A workbook stores numbers as IEEE doubles, so POI hands them over as one; the
   * figure read is always this displayed text, parsed as an exact decimal, never the double itself.
   */
  private String displayed(double value, Cell cell) {
    CellStyle style = cell.getCellStyle();
    return formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString()).strip();
  }

  private static boolean isNumeric(Cell cell) {
    return cell.getCellType() == CellType.NUMERIC
        || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Cell cell(int row, int column) {
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      if (merged.isInRange(row, column)) {
        return cellAt(merged.getFirstRow(), merged.getFirstColumn());
      }
    }
    return cellAt(row, column);
  }

  private Cell cellAt(int row, int column) {
    Row cells = sheet.getRow(row);
    return cells == null ? null : cells.getCell(column);
  }

  /** Returns the last row of a merged region that starts on or covers a row, or the row itself. */
  int lastRowOfMerge(int row, int column) {
    return sheet.getMergedRegions().stream().filter(m -> m.isInRange(row, column))
        .mapToInt(CellRangeAddress::getLastRow).findFirst().orElse(row);
  }
}
