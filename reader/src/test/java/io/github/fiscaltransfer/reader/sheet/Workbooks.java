package io.github.fiscaltransfer.reader.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes test workbooks with POI, cell by cell, as a finance bureau's spreadsheet lays them out. */
final class Workbooks {

  private final Workbook workbook;
  private final Sheet sheet;
  private final CellStyle twoDecimals;
  private final CellStyle grouped;

  private Workbooks(Workbook workbook, String sheetName) {
    this.workbook = workbook;
    this.sheet = workbook.createSheet(sheetName);
    this.twoDecimals = style("0.00");
    this.grouped = style("#,##0");
  }

  static Workbooks xlsx(String sheetName) {
    return new Workbooks(new XSSFWorkbook(), sheetName);
  }

  static Workbooks xls(String sheetName) {
    return new Workbooks(new HSSFWorkbook(), sheetName);
  }

  private CellStyle style(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private Cell cell(int row, int column) {
    Row cells = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return cells.createCell(column);
  }

  /** Writes text cells from a column on. */
  Workbooks text(int row, int column, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      cell(row, column + i).setCellValue(texts[i]);
    }
    return this;
  }

  /** Writes a number shown with two decimals ({@code 0.00}) or grouped ({@code #,##0}). */
  Workbooks number(int row, int column, double value, boolean decimals) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    cell.setCellStyle(decimals ? twoDecimals : grouped);
    return this;
  }

  /** Writes a number in a number format of its own, such as {@code 0.00"万元"}. */
  Workbooks formatted(int row, int column, double value, String format) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    cell.setCellStyle(style(format));
    return this;
  }

  /** Writes a formula with the value a spreadsheet program cached for it. */
  Workbooks formula(int row, int column, String formula, double cached, boolean decimals) {
    Cell cell = cell(row, column);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    cell.setCellStyle(decimals ? twoDecimals : grouped);
    return this;
  }

  Workbooks merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    return this;
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); workbook) {
      workbook.write(out);
    }
    return file;
  }
}
