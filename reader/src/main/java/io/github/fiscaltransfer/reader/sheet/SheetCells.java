package io.github.fiscaltransfer.reader.sheet;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTMergeCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTMergeCells;

/**
 * The cells of one sheet as they display: a merged cell's value in every cell it covers, a number as its format
 * shows it, a formula by its cached value (checked against what it computes), and a number whose display hides
 * digits it holds reported rather than read. Only rows and cells the file holds are visited, so the time taken
 * grows with the cells present. A damaged cell (a bad type, value, style or error code) or a text longer than a
 * spreadsheet cell holds is a {@code read.value} finding at that cell, read as blank; the rest is read.
 */
final class SheetCells {

  /** The most characters a spreadsheet cell holds (Excel's limit); a longer text is reported, not read. */
  static final int MAX_CELL_CHARS = 32_767;
  private static final int EXCERPT_CHARS = 40;

  /** What a cell holds: its display and, for a number, the number stored; or the damage that stopped reading. */
  private record Content(String display, Double held, String damage) {
    static final Content BLANK = new Content("", null, null);
  }

  private final Sheet sheet;
  private final ReadReport.Builder report;
  private final DataFormatter formatter = new DataFormatter(Locale.US);
  private final FormulaEvaluator evaluator;
  private final int[] rows;
  private final MergedRegions merged;
  private final Map<Long, Content> contents = new HashMap<>();

  SheetCells(Sheet sheet, ReadReport.Builder report) {
    this.sheet = sheet;
    this.report = report;
    this.evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
    this.rows = StreamSupport.stream(sheet.spliterator(), false).mapToInt(Row::getRowNum).sorted().toArray();
    this.merged = new MergedRegions(rows);
    indexMergedRegions();
  }

  SourcePosition position(int row, int column) {
    return new SourcePosition(sheet.getSheetName(), row + 1, column + 1);
  }

  /** Returns the 0-based indexes of the rows the sheet holds, ascending. */
  int[] rows() {
    return rows.clone();
  }

  /** Returns the 0-based indexes of the cells a row holds, ascending; empty for a row the sheet does not hold. */
  int[] columns(int row) {
    Row cells = sheet.getRow(row);
    return cells == null ? new int[0]
        : StreamSupport.stream(cells.spliterator(), false).mapToInt(Cell::getColumnIndex).sorted().toArray();
  }

  /** Returns the cell's text as displayed (a merged region's top-left value), stripped; empty if blank or damaged. */
  String text(int row, int column) {
    return content(row, column).display();
  }

  /** Returns whether the cell (or the merged region's top-left cell) is damaged, and so already reported. */
  boolean damaged(int row, int column) {
    return content(row, column).damage() != null;
  }

  /**
   * Returns a figure cell's text as displayed, or null (reported) if the display hides digits the cell holds or a
   * formula's cached value differs from what it computes.
   */
  LocatedText figure(int row, int column) {
    Content content = content(row, column);
    LocatedText text = new LocatedText(content.display(), position(row, column));
    if (content.held() == null) {
      return text;
    }
    Cell cell = cell(row, column);
    if (cell.getCellType() == CellType.FORMULA) {
      checkFormula(cell, text);
    }
    BigDecimal held = new BigDecimal(content.held());
    if (DisplayedNumber.hides(held, content.display())) {
      report.add(ReadRule.VALUE, text.position(), text.text(), "hidden-digits",
          Arguments.of("held", BigDecimal.valueOf(content.held()).toPlainString()));
      return null;
    }
    return text;
  }

  /**
   * Reads every cell the sheet holds that parsing did not, so that a damaged cell anywhere is reported at its
   * place, and reports a damaged workbook date setting, which no figure depends on.
   */
  void reportDamage() {
    for (int row : rows) {
      for (int column : columns(row)) {
        int r = row;
        int c = column;
        contents.computeIfAbsent(key(r, c), key -> read(r, c));
      }
    }
    try {
      if (sheet.getWorkbook() instanceof XSSFWorkbook xssf) {
        xssf.isDate1904();
      }
    } catch (RuntimeException damaged) {
      report.add(ReadRule.VALUE, Severity.WARNING, position(0, 0), "", "date-setting", Arguments.none());
    }
  }

  /** Returns the last row of a merged region that starts on or covers a row, or the row itself. */
  int lastRowOfMerge(int row, int column) {
    CellRangeAddress region = merged.at(row, column);
    return region == null ? row : region.getLastRow();
  }

  /**
   * Indexes the merged regions one by one, reporting a damaged one. An .xlsx sheet's regions are read from its XML in
   * one pass: POI's {@code getMergedRegion(i)} walks the XML from the start each time, quadratic in their count.
   */
  private void indexMergedRegions() {
    List<String> references = mergeReferences();
    int count = references == null ? sheet.getNumMergedRegions() : references.size();
    for (int i = 0; i < count; i++) {
      CellRangeAddress region;
      try {
        region = references == null ? sheet.getMergedRegion(i) : CellRangeAddress.valueOf(references.get(i));
      } catch (RuntimeException damaged) {
        report.add(ReadRule.VALUE, position(0, 0), references == null ? "" : references.get(i), "merged-reference",
            Arguments.of("region", i + 1));
        continue;
      }
      if (!merged.add(region)) {
        report.add(ReadRule.UNREAD, position(region.getFirstRow(), region.getFirstColumn()), region.formatAsString(),
            "merged-limit", Arguments.of("limit", MergedRegions.MAX_ENTRIES).and("after", count - i - 1));
        return;
      }
    }
  }

  /** Returns the references of an .xlsx sheet's merged regions as its XML writes them, or null for an .xls sheet. */
  private List<String> mergeReferences() {
    if (!(sheet instanceof XSSFSheet xssf)) {
      return null;
    }
    CTMergeCells cells = xssf.getCTWorksheet().getMergeCells();
    if (cells == null) {
      return List.of();
    }
    List<String> references = new ArrayList<>();
    for (CTMergeCell cell : cells.getMergeCellArray()) {
      references.add(String.valueOf(cell.getRef()));
    }
    return references;
  }

  private Content content(int row, int column) {
    CellRangeAddress region = merged.at(row, column);
    int r = region == null ? row : region.getFirstRow();
    int c = region == null ? column : region.getFirstColumn();
    return contents.computeIfAbsent(key(r, c), key -> read(r, c));
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  private Content read(int row, int column) {
    Cell cell = cellAt(row, column);
    if (cell == null) {
      return Content.BLANK;
    }
    try {
      return read(cell);
    } catch (DamagedCell damage) {
      report.add(ReadRule.VALUE, position(row, column), damage.excerpt, damage.getMessage(), damage.arguments);
      return new Content("", null, damage.getMessage());
    }
  }

  private Content read(Cell cell) {
    CellType type = attempt(cell::getCellType, "damaged-type", cell);
    if (type == CellType.FORMULA) {
      type = attempt(cell::getCachedFormulaResultType, "damaged-cached-type", cell);
    }
    return switch (type) {
      case STRING -> new Content(limited(attempt(cell::getStringCellValue, "damaged-text", cell)),
          null, null);
      case NUMERIC -> number(cell);
      case BOOLEAN -> new Content(attempt(cell::getBooleanCellValue, "damaged-boolean", cell)
          ? "TRUE" : "FALSE", null, null);
      case ERROR -> new Content(attempt(() -> FormulaError.forInt(cell.getErrorCellValue()).getString(),
          "damaged-error-code", cell), null, null);
      default -> Content.BLANK;
    };
  }

  /**
   * The text a number cell displays. A workbook stores numbers as IEEE doubles, so POI hands them over as one; the
   * figure read is always this displayed text, parsed as an exact decimal, never the double itself.
   */
  private Content number(Cell cell) {
    double value = attempt(cell::getNumericCellValue, "damaged-number", cell);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new DamagedCell("not-a-number", Arguments.of("raw", raw(cell)), raw(cell));
    }
    CellStyle style = attempt(cell::getCellStyle, "damaged-style", cell);
    if (style == null) {
      throw new DamagedCell("style-missing", Arguments.none(), raw(cell));
    }
    String display = attempt(() -> formatter.formatRawCellContents(value, style.getDataFormat(),
        style.getDataFormatString()), "damaged-format", cell);
    return new Content(display.strip(), value, null);
  }

  private static String limited(String text) {
    if (text.length() > MAX_CELL_CHARS) {
      throw new DamagedCell("too-long", Arguments.of("length", text.length()).and("limit", MAX_CELL_CHARS),
          text.substring(0, EXCERPT_CHARS) + "…");
    }
    return text.strip();
  }

  private void checkFormula(Cell cell, LocatedText cached) {
    try {
      CellValue computed = evaluator.evaluate(cell);
      String shown = computed.getCellType() == CellType.NUMERIC
          ? formatter.formatRawCellContents(computed.getNumberValue(), cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString()).strip()
          : computed.formatAsString();
      if (!shown.equals(cached.text())) {
        report.add(ReadRule.FORMULA, cached.position(), cached.text(), "differs",
            Arguments.of("formula", cell.getCellFormula()).and("computed", shown));
      }
    } catch (RuntimeException e) {
      report.add(ReadRule.FORMULA, cached.position(), cached.text(), "not-computed",
          Arguments.of("formula", formula(cell)));
    }
  }

  private static String formula(Cell cell) {
    try {
      return cell.getCellFormula();
    } catch (RuntimeException e) {
      return "(damaged)";
    }
  }

  private Cell cell(int row, int column) {
    CellRangeAddress region = merged.at(row, column);
    return region == null ? cellAt(row, column) : cellAt(region.getFirstRow(), region.getFirstColumn());
  }

  private Cell cellAt(int row, int column) {
    Row cells = sheet.getRow(row);
    return cells == null ? null : cells.getCell(column);
  }

  private static String raw(Cell cell) {
    try {
      return cell instanceof XSSFCell xssf && xssf.getRawValue() != null ? xssf.getRawValue() : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static <T> T attempt(java.util.function.Supplier<T> read, String damage, Cell cell) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      throw new DamagedCell(damage, Arguments.none(), raw(cell));
    }
  }

  /** A cell this reader cannot read, its message the case of its finding's key; never leaves this class. */
  private static final class DamagedCell extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Arguments arguments;
    private final String excerpt;

    DamagedCell(String variant, Arguments arguments, String excerpt) {
      super(variant, null, false, false);
      this.arguments = arguments;
      this.excerpt = excerpt;
    }
  }
}
