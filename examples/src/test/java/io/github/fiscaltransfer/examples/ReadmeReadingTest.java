package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's reading example, line for line, on seed 002's text and on its 3号 table written as a workbook. */
class ReadmeReadingTest {

  @TempDir
  Path dir;

  @Test
  void readmeReadingExample() throws IOException {
    Files.writeString(dir.resolve("江财社〔2023〕16号.txt"), SeedTexts.text(SeedTexts.JIANGMEN_16));
    FiscalUnit jiangmen = SeedNotices.jiangmen();
    writeTable(dir.resolve("附件1.xlsx"), JiangmenPreAllocations.capacity().allocations().get(0).table().orElseThrow());

    ReadResult<TransferNotice> read = NoticeTextReader.builtIn().read(Files.readString(dir.resolve("江财社〔2023〕16号.txt")));
    TransferNotice notice = read.document().orElseThrow();
    read.report().position("/confirmed/2/allocations/0/statedTotal");
    read.report().findings().findings().forEach(System.out::println);
    NoticeValidator.builtIn().validate(notice);

    ReadResult<AllocationTable> sheet = AllocationSheetReader.builtIn().read(dir.resolve("附件1.xlsx"), jiangmen);
    ValidationReport report = NoticeValidator.builtIn().validate(sheet.document().orElseThrow(), jiangmen);

    assertEquals(SourcePosition.inText(190, 99), read.report().position("/confirmed/2/allocations/0/statedTotal")
        .orElseThrow());
    assertEquals(JiangmenPreAllocations.capacity().allocations().get(0).table().orElseThrow(),
        sheet.document().orElseThrow());
    assertTrue(report.findings().isEmpty(), report::toString);
  }

  /** Writes a table as a finance bureau's sheet: title, 单位 cell, header, rows with two decimals, 合计. */
  private static void writeTable(Path file, AllocationTable table) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("附件1");
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      sheet.createRow(0).createCell(0).setCellValue(table.title().orElseThrow());
      sheet.createRow(1).createCell(2).setCellValue("单位：" + table.unit().label());
      var header = sheet.createRow(2);
      header.createCell(0).setCellValue("县（市、区）");
      header.createCell(1).setCellValue("2023年拟分配金额");
      for (int i = 0; i <= table.lines().size(); i++) {
        boolean total = i == table.lines().size();
        var row = sheet.createRow(3 + i);
        row.createCell(0).setCellValue(total ? "合计" : table.lines().get(i).recipient().name());
        var amount = row.createCell(1);
        amount.setCellValue((total ? table.declaredTotal() : table.lines().get(i).amount()).figure().doubleValue());
        amount.setCellStyle(style);
      }
      workbook.write(out);
    }
  }
}
