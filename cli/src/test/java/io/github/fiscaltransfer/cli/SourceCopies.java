package io.github.fiscaltransfer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The seed texts as published, their broken copies, and allocation tables written as workbooks, for the tests. */
final class SourceCopies {

  /** The seed texts as a PDF-to-text tool gave them, in the reader module. */
  static final Path TEXTS = Path.of("..", "reader", "src", "test", "resources", "seeds");

  /** 江财社〔2023〕3号 附件1 (in seed 002) as printed: its recipients, in order. */
  private static final String[] JIANGMEN_3_NAMES = {"市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市",
      "恩平市"};
  /** Their amounts in 万元, as printed (two decimals); 合计 194.00. */
  private static final double[] JIANGMEN_3_FIGURES = {70.91, 16.57, 14.49, 17.95, 25.54, 24.15, 13.01, 11.38};

  private SourceCopies() {}

  static Path text(String name) {
    return TEXTS.resolve(name);
  }

  /** A seed text with one text replaced, written into a test's folder under the seed's name. */
  static Path text(Path folder, String name, String text, String replacement) throws IOException {
    String seed = Files.readString(text(name), StandardCharsets.UTF_8);
    if (!seed.contains(text)) {
      throw new IllegalArgumentException("seed " + name + " has no " + text);
    }
    return Files.writeString(folder.resolve(name), seed.replace(text, replacement), StandardCharsets.UTF_8);
  }

  /**
   * 江财社〔2023〕3号 附件1 written as a workbook (.xlsx or .xls by the name): title, 单位：万元, header, the eight lines
   * as printed in seed 002, and a 合计 row holding the total given.
   */
  static Path jiangmen3(Path file, double total) throws IOException {
    try (Workbook book = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("附件1");
      CellStyle twoDecimals = book.createCellStyle();
      twoDecimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
      sheet.createRow(0).createCell(0).setCellValue("预下达2023年中央财政医疗服务与保障能力提升补助资金表");
      sheet.createRow(1).createCell(3).setCellValue("单位：万元");
      Row header = sheet.createRow(2);
      String[] headings = {"序号", "县（市、区）", "2023年拟分配金额", "备注"};
      for (int i = 0; i < headings.length; i++) {
        header.createCell(i).setCellValue(headings[i]);
      }
      for (int i = 0; i < JIANGMEN_3_NAMES.length; i++) {
        Row row = sheet.createRow(3 + i);
        row.createCell(0).setCellValue(i + 1);
        row.createCell(1).setCellValue(JIANGMEN_3_NAMES[i]);
        amount(row, JIANGMEN_3_FIGURES[i], twoDecimals);
      }
      Row sum = sheet.createRow(3 + JIANGMEN_3_NAMES.length);
      sum.createCell(1).setCellValue("合计");
      amount(sum, total, twoDecimals);
      book.write(out);
    }
    return file;
  }

  private static void amount(Row row, double figure, CellStyle style) {
    row.createCell(2).setCellValue(figure);
    row.getCell(2).setCellStyle(style);
  }
}
