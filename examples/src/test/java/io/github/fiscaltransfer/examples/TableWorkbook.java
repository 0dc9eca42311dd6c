package io.github.fiscaltransfer.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an allocation table in 万元 as an .xlsx for the tests: a title, 单位：万元, 地区 and 金额, the lines, 合计. */
final class TableWorkbook {

  /**
   * A line of the table.
   *
   * @param name the recipient
   * @param figure the figure, as the text of a number or of a text cell
   * @param format the number format, or {@code @} for a text cell
   */
  record Line(String name, String figure, String format) {}

  private TableWorkbook() {}

  static Path write(Path file, List<Line> lines) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("附件1");
      sheet.createRow(0).createCell(0).setCellValue("分配表");
      sheet.createRow(1).createCell(0).setCellValue("单位：万元");
      Row header = sheet.createRow(2);
      header.createCell(0).setCellValue("地区");
      header.createCell(1).setCellValue("金额");
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        Row row = sheet.createRow(3 + i);
        row.createCell(0).setCellValue(line.name());
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(line.format()));
        row.createCell(1).setCellStyle(style);
        if (line.format().equals("@")) {
          row.getCell(1).setCellValue(line.figure());
        } else {
          row.getCell(1).setCellValue(Double.parseDouble(line.figure()));
        }
      }
      Row total = sheet.createRow(3 + lines.size());
      total.createCell(0).setCellValue("合计");
      total.createCell(1).setCellValue("1");
      workbook.write(out);
    }
    return file;
  }
}
