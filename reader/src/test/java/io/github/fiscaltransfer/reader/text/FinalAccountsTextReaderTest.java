package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The three real 部门决算 (see {@code /real/README.md}) from the PDF and from both pdftotext extractions: each is
 * told a 决算, its nine tables are found by their titles, and each table found or missing is a finding.
 */
class FinalAccountsTextReaderTest {

  private static final FinalAccountsTextReader READER = FinalAccountsTextReader.create();
  private static final List<String> NAMES = List.of("shanghai-2024-final-accounts-template",
      "putuo-planning-resources-2024-final-accounts", "putuo-social-work-2024-final-accounts");

  @Test
  void everyFormOfEveryDisclosureIsAFinalAccountsWithItsNineTables() {
    for (String name : NAMES) {
      for (String text : List.of(pdf(name), resource(name + ".layout.txt"), resource(name + ".raw.txt"))) {
        assertEquals(TextKind.FINAL_ACCOUNTS, TextKind.of(text), name);
        ReadResult<FinalAccountsOutline> read = READER.read(text);
        FinalAccountsOutline outline = read.document().orElseThrow();
        assertEquals(TableCatalog.FINAL_ACCOUNTS, outline.tables().stream().map(FinalAccountsOutline.Table::title)
            .toList(), name + "\n" + read);
        assertEquals(Year.of(2024), outline.year().orElseThrow(), name);
        assertEquals(9, read.report().findings().findings(ReadRule.NOT_READ.id()).size(), name);
        assertTrue(read.report().absent().isEmpty(), read::toString);
      }
    }
  }

  @Test
  void theTemplatePrintsNoFiguresAndTheFilledOnesDo() {
    FinalAccountsOutline template = READER.read(pdf(NAMES.get(0))).document().orElseThrow();
    assertTrue(template.tables().stream().allMatch(t -> t.amountLines() == 0), template::toString);
    FinalAccountsOutline planning = READER.read(pdf(NAMES.get(1))).document().orElseThrow();
    assertEquals("上海市普陀区规划和自然资源局2024年度部门决算", planning.title());
    assertEquals(9, planning.tables().get(0).amountLines(), "收入支出决算总表: 5 类 lines, the totals and 年初结转");
    assertTrue(planning.tables().get(7).noData(), "政府性基金: 本年度没有…收入和支出");
  }

  @Test
  void theOtherKindsAreToldByTitleAndTables() {
    assertEquals(TextKind.NOTICE, TextKind.of(SeedTexts.text(SeedTexts.GUANGDONG_307)));
    assertEquals(TextKind.SELF_EVALUATION, TextKind.of(SeedTexts.text(SeedTexts.SELF_EVALUATION)));
    assertEquals(TextKind.BUDGET, TextKind.of(SeedTexts.text(SeedTexts.SHENZHEN_BUDGET)));
    String untitled = SeedTexts.text(SeedTexts.SHENZHEN_BUDGET).replace("部门预算", "部门");
    assertEquals(TextKind.BUDGET, TextKind.of(untitled), "told by its tables");
    assertEquals(TextKind.BUDGET, TextKind.ofLabel(" Budget ").orElseThrow());
    assertTrue(TextKind.ofLabel("预算").isEmpty());
  }

  @Test
  void aTextWithoutTitleOrTableIsNoOutline() {
    ReadResult<FinalAccountsOutline> read = READER.read("一、收入支出决算总表\n二、收入决算表\n");
    assertTrue(read.document().isEmpty());
    assertEquals(List.of("/title", "/tables", "/tables", "/tables", "/tables", "/tables", "/tables", "/tables",
        "/tables", "/tables").stream().sorted().toList(), read.report().absent().stream().sorted().toList());
  }

  private static String pdf(String name) {
    return PdfTextReader.create().read(bytes("/real/" + name + ".pdf")).document().orElseThrow().text();
  }

  private static String resource(String file) {
    return new String(bytes("/real/" + file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = Objects.requireNonNull(FinalAccountsTextReaderTest.class.getResourceAsStream(resource),
        resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
