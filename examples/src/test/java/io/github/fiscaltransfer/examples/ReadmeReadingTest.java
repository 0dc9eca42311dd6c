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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's reading example, line for line, on the files it names: seed 002's text and its 3号 table as a
 * workbook (a sheet as a finance bureau prints it: title, 单位 cell, header, rows with two decimals, 合计), both
 * committed under {@code reader/src/test/resources}. The consumer-test module runs the README's block itself; this
 * checks what it reads.
 */
class ReadmeReadingTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void readmeReadingExample() throws IOException {
    Path text = ROOT.resolve("reader/src/test/resources/seeds/002-jiangmen-16.txt");
    Path workbook = ROOT.resolve("reader/src/test/resources/sheets/002-jiangmen-3-attachment1.xlsx");
    FiscalUnit jiangmen = SeedNotices.jiangmen();

    ReadResult<TransferNotice> read = NoticeTextReader.builtIn().read(Files.readString(text));
    TransferNotice notice = read.document().orElseThrow();
    NoticeValidator.builtIn().validate(notice);
    ReadResult<AllocationTable> sheet = AllocationSheetReader.builtIn().read(workbook, jiangmen);
    ValidationReport report = NoticeValidator.builtIn().validate(sheet.document().orElseThrow(), jiangmen);

    assertEquals(SeedTexts.text(SeedTexts.JIANGMEN_16), Files.readString(text));
    assertEquals(SourcePosition.inText(190, 99), read.report().position("/confirmed/2/allocations/0/statedTotal")
        .orElseThrow());
    assertEquals(JiangmenPreAllocations.capacity().allocations().get(0).table().orElseThrow(),
        sheet.document().orElseThrow());
    assertTrue(report.findings().isEmpty(), report::toString);
  }
}
