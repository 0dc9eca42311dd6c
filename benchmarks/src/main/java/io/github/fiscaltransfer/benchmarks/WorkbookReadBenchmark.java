package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.sheet.UnreadableWorkbookException;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 7 (issue #35): reading an allocation table from a workbook with {@link AllocationSheetReader}, the sheet's
 * extent and its count of merged regions as parameters. The table is 江财社〔2023〕3号 附件1 (eight lines, 194.00万元,
 * a SUM total); {@code lastRow} puts one more cell at that row (1,048,575 is a sheet's last, as in the intake file
 * far-cell.xlsx, which took 53 s before #35), and {@code mergedRegions} adds that many two-cell merges beside the
 * table, on its twelve rows, so that every cell the reader looks up shares its row with many regions. The time should follow the cells present, not either parameter.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class WorkbookReadBenchmark {

  private static final String[] NAMES = {"市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"};
  /** 附件1 of 江财社〔2023〕3号 in 万元, as printed. */
  private static final String[] FIGURES = {"70.91", "16.57", "14.49", "17.95", "25.54", "24.15", "13.01", "11.38"};

  /** The row of the sheet's last cell, 0-based: 11 is the table's own 合计 row. */
  @Param({"11", "1048575"})
  public int lastRow;

  /** How many merged regions the sheet holds besides the title's. */
  @Param({"0", "100", "10000"})
  public int mergedRegions;

  private final AllocationSheetReader reader = AllocationSheetReader.builtIn();
  private final FiscalUnit jiangmen = UnitRegistry.builtIn().byName("江门市").orElseThrow();
  private Path file;

  /**
   * Writes the workbook.
   *
   * @throws IOException if the temporary file cannot be written
   */
  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("workbook-benchmark", ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("附件1");
      CellStyle twoDecimals = workbook.createCellStyle();
      twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      sheet.createRow(0).createCell(0).setCellValue("预下达2023年中央财政医疗服务与保障能力提升补助资金表");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
      sheet.createRow(1).createCell(3).setCellValue("单位：万元");
      Row header = sheet.createRow(2);
      String[] titles = {"序号", "县（市、区）", "2023年拟分配金额", "备注"};
      for (int i = 0; i < titles.length; i++) {
        header.createCell(i).setCellValue(titles[i]);
      }
      for (int i = 0; i < NAMES.length; i++) {
        Row row = sheet.createRow(3 + i);
        row.createCell(0).setCellValue(i + 1);
        row.createCell(1).setCellValue(NAMES[i]);
        // A spreadsheet's number cell is a binary floating-point value: the file format, at POI's boundary only.
        row.createCell(2).setCellValue(new BigDecimal(FIGURES[i]).doubleValue());
        row.getCell(2).setCellStyle(twoDecimals);
      }
      Row total = sheet.createRow(11);
      total.createCell(1).setCellValue("合计");
      total.createCell(2).setCellFormula("SUM(C4:C11)");
      total.getCell(2).setCellValue(194.0);
      total.getCell(2).setCellStyle(twoDecimals);
      for (int i = 0; i < mergedRegions; i++) {
        int column = 10 + 2 * (i / 12);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(i % 12, i % 12, column, column + 1));
      }
      if (lastRow > 11) {
        sheet.createRow(lastRow).createCell(0).setCellValue("x");
      }
      workbook.write(out);
    }
  }

  /**
   * Deletes the workbook.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the table.
   *
   * @return the result, for the blackhole
   * @throws UnreadableWorkbookException never: the workbook is sound
   */
  @Benchmark
  public ReadResult<AllocationTable> read() throws UnreadableWorkbookException {
    return reader.read(file, jiangmen);
  }
}
