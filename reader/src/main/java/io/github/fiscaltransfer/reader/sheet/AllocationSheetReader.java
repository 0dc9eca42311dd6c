package io.github.fiscaltransfer.reader.sheet;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an allocation table (分配表, 附件1) from a sheet of an .xlsx or .xls workbook into an
 * {@link AllocationTable}: recipients resolved against a registry as the issuer's table names them, figures as the
 * cells display them, the 合计 row as the declared total. Each value's position is its sheet, row and column.
 *
 * <p>A file that cannot be opened is an {@link UnreadableWorkbookException} whose message says why in a reader's
 * words; anything in an opened sheet that is not understood, a damaged cell included, is a {@code read.*} finding
 * at its cell, and the rest is read. {@link HostileFileLimits} are applied before any file is opened. The time a
 * read takes grows with the cells the file holds, not with the sheet's extent or its count of merged regions.
 *
 * <p>Apache POI logs through the Log4j API. A library does not choose its user's logging backend, so where the
 * application puts no Log4j provider on its class path, Log4j prints one line on standard error at the first
 * workbook ("could not find a logging provider"). The application silences it by adding a provider (such as
 * {@code log4j-to-slf4j}) or by setting the system property {@code log4j2.loggerContextFactory} to
 * {@code org.apache.logging.log4j.simple.SimpleLoggerContextFactory}, as the command line does.
 *
 * <p>Immutable and thread-safe.
 */
public final class AllocationSheetReader {

  private final UnitRegistry units;

  private AllocationSheetReader(UnitRegistry units) {
    this.units = units;
  }

  /**
   * Returns a reader that resolves recipients with the built-in registry.
   *
   * @return the reader, not null
   */
  public static AllocationSheetReader builtIn() {
    return new AllocationSheetReader(UnitRegistry.builtIn());
  }

  /**
   * Returns a reader that resolves recipients with a registry.
   *
   * @param units the registry, not null
   * @return the reader, not null
   */
  public static AllocationSheetReader of(UnitRegistry units) {
    return new AllocationSheetReader(Objects.requireNonNull(units, "units"));
  }

  /**
   * Reads the table on a workbook's first sheet.
   *
   * @param file the .xlsx or .xls file, not null
   * @param issuer the unit whose table it is (recipients are resolved below it), not null
   * @return the table (when the sheet holds one) and the read report, not null
   * @throws UnreadableWorkbookException if the file cannot be opened, naming the file and the cause
   */
  public ReadResult<AllocationTable> read(Path file, FiscalUnit issuer) throws UnreadableWorkbookException {
    return read(file, null, issuer);
  }

  /**
   * Reads the table on a named sheet.
   *
   * @param file the .xlsx or .xls file, not null
   * @param sheetName the sheet, such as {@code 附件1}, or null for the first sheet
   * @param issuer the unit whose table it is, not null
   * @return the table (when the sheet holds one) and the read report, not null
   * @throws UnreadableWorkbookException if the file cannot be opened or has no such sheet, naming the file and the
   *     cause
   */
  public ReadResult<AllocationTable> read(Path file, String sheetName, FiscalUnit issuer)
      throws UnreadableWorkbookException {
    Objects.requireNonNull(issuer, "issuer");
    try (Workbook workbook = open(Objects.requireNonNull(file, "file"))) {
      Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
      if (sheet == null) {
        throw new UnreadableWorkbookException(file, "it has no sheet named " + sheetName, null);
      }
      ReadReport.Builder report = ReadReport.builder();
      SheetCells cells = new SheetCells(sheet, report);
      SheetTableParser.Parsed parsed = new SheetTableParser(cells, report).parse();
      cells.reportDamage();
      AllocationTable table = parsed == null ? null : resolve(parsed, issuer, report);
      return table == null ? ReadResult.unreadable(report.build()) : ReadResult.of(table, report.build());
    } catch (IOException | RuntimeException e) {
      throw e instanceof UnreadableWorkbookException unreadable ? unreadable
          : new UnreadableWorkbookException(file, UnreadableReason.of(e), e);
    }
  }

  private static Workbook open(Path file) throws IOException {
    HostileFileLimits.apply();
    long size = Files.size(file);
    if (size > HostileFileLimits.MAX_FILE_BYTES) {
      throw new UnreadableWorkbookException(file, "it has " + size + " bytes, more than the "
          + HostileFileLimits.MAX_FILE_BYTES + " this reader opens; refused as unsafe", null);
    }
    return WorkbookFactory.create(file.toFile(), null, true);
  }

  private AllocationTable resolve(SheetTableParser.Parsed parsed, FiscalUnit issuer, ReadReport.Builder report) {
    AmountUnit unit = value(parsed.unit, "unit", AmountUnit::ofLabel, report);
    PrintedAmount total = unit == null ? null
        : value(parsed.total, "declaredTotal", text -> PrintedAmount.parse(text, unit), report);
    if (parsed.unit == null) {
      report.absent("unit", Severity.ERROR, "sheet-unit", Arguments.none());
    }
    if (parsed.total == null) {
      report.absent("declaredTotal", Severity.ERROR, "sheet-total", Arguments.none());
    }
    if (unit == null || total == null) {
      return null;
    }
    AllocationTable.Builder table = AllocationTable.builder().unit(unit).declaredTotal(total);
    String title = value(parsed.title, "title", text -> text, report);
    if (title != null) {
      table.title(title);
    }
    int index = 0;
    for (LocatedText[] row : parsed.rows) {
      String path = "lines[" + index + "].";
      PrintedAmount amount = value(row[1], path + "amount", text -> PrintedAmount.parse(text, unit), report);
      if (amount != null) {
        value(row[0], path + "recipient", text -> text, report);
        AllocationLine line = AllocationLine.of(units.recipient(row[0].text(), issuer), amount);
        table.addLines(row[2] == null ? line : line.withNote(value(row[2], path + "note", text -> text, report)));
        index++;
      }
    }
    return table.build();
  }

  private static <T> T value(LocatedText text, String path, Function<String, T> parse, ReadReport.Builder report) {
    return report.resolve(text, path, parse, "figure-unit-or-name").orElse(null);
  }
}
