package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BasicExpenditureTable;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalBalanceTable;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.FindingLines;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The three real 部门决算 (see {@code /real/README.md}) read into {@link FinalAccounts} from the PDF (its positional
 * layout) and from {@code pdftotext -layout}: the two filled ones with every table and no finding, the figures
 * asserted here as the documents print them (the whole documents are compared with their typed JSON in the examples
 * module, {@code RealFinalAccountsReadTest}); the blank template with its empty tables. Plain {@code pdftotext}
 * output, which keeps no column positions, is reported line by line, never read into a wrong column.
 */
class FinalAccountsTextReaderTest {

  private static final FinalAccountsTextReader READER = FinalAccountsTextReader.create();
  private static final String TEMPLATE = "shanghai-2024-final-accounts-template";
  private static final String PLANNING = "putuo-planning-resources-2024-final-accounts";
  private static final String SOCIAL_WORK = "putuo-social-work-2024-final-accounts";

  @Test
  void everyFormOfEveryDisclosureIsToldAFinalAccounts() {
    for (String name : List.of(TEMPLATE, PLANNING, SOCIAL_WORK)) {
      for (String text : List.of(pdf(name), resource(name + ".layout.txt"), resource(name + ".raw.txt"))) {
        assertEquals(TextKind.FINAL_ACCOUNTS, TextKind.of(text), name);
      }
    }
  }

  @Test
  void thePdfAndTheLayoutTextReadToTheSameDocumentWithNoFinding() {
    for (String name : List.of(PLANNING, SOCIAL_WORK)) {
      ReadResult<FinalAccounts> fromPdf = READER.read(pdf(name));
      ReadResult<FinalAccounts> fromText = READER.read(resource(name + ".layout.txt"));
      assertEquals(List.of(), FindingLines.of(fromPdf), name);
      assertEquals(List.of(), FindingLines.of(fromText), name);
      FinalAccounts accounts = fromPdf.document().orElseThrow();
      assertEquals(EnumSet.allOf(FinalTableId.class), accounts.tables(), name);
      assertEquals(accounts, fromText.document().orElseThrow(), name);
      assertEquals(Year.of(2024), accounts.year());
    }
  }

  @Test
  void socialWorkAsPrinted() {
    FinalAccounts accounts = READER.read(pdf(SOCIAL_WORK)).document().orElseThrow();
    assertEquals("中共上海市普陀区委社会工作部", accounts.department());
    assertEquals(List.of("中共上海市普陀区委社会工作部（本级）", "上海市普陀区社会工作发展服务中心"), accounts.units());
    FinalBalanceTable summary = accounts.summary().orElseThrow();
    assertEquals(amount("307.82"), summary.income().get(FinalIncomeColumn.TOTAL).orElseThrow());
    assertEquals(amount("307.82"), summary.income().get(FinalIncomeColumn.GENERAL_PUBLIC).orElseThrow());
    assertEquals(26, summary.lines().size());
    assertEquals("十九、住房保障支出: 决算数 29.42万元", summary.lines().get(18).toString());
    assertTrue(summary.lines().get(1).cells().isEmpty(), "二、外交支出 is blank");
    SubjectTable<ExpenditureColumn> expenditure = accounts.expenditure().orElseThrow();
    SubjectRow<ExpenditureColumn> other = row(expenditure, "2013999");
    assertEquals("2013999 其他社会工作事务支出", other.subject().toString());
    assertEquals(EnumSet.of(ExpenditureColumn.TOTAL, ExpenditureColumn.PROJECT), other.cells().columns(),
        "基本支出 is blank: 202.24 is 项目支出, not slid into 基本支出");
    assertEquals("2080505 机关事业单位基本养老保险缴费支出", row(expenditure, "2080505").subject().toString(),
        "a name wrapped above and below its row");
    Cells<ExpenditureColumn> total = accounts.generalPublic().orElseThrow().total().orElseThrow();
    assertEquals("支出总计 307.82万元, 基本支出 105.58万元, 项目支出 202.24万元", total.toString(),
        "一般公共预算财政拨款支出决算表 prints its 合计 last");
    BasicExpenditureTable basic = accounts.basicExpenditure().orElseThrow();
    assertEquals(amount("95.36"), basic.personnel());
    assertEquals(amount("10.23"), basic.publicUse());
    assertEquals("31007 信息网络及软件购置更新: 决算数 0.00万元", row(basic.rows(), "31007").toString());
    assertEquals("310 资本性支出: 决算数 0.00万元", row(basic.rows(), "310").toString(), "310资本性支出 glued");
    assertEquals(65, basic.rows().sections().get(0).rows().size(), "27 on the left, 38 on the right");
    assertTrue(accounts.threePublic().orElseThrow().isEmpty(), "本表无数据");
    assertTrue(accounts.governmentFund().orElseThrow().isEmpty());
    assertTrue(accounts.stateCapital().orElseThrow().isEmpty());
  }

  @Test
  void planningAsPrinted() {
    FinalAccounts accounts = READER.read(resource(PLANNING + ".layout.txt")).document().orElseThrow();
    assertEquals("上海市普陀区规划和自然资源局", accounts.department());
    assertEquals(5, accounts.units().size(), "the list prints five units: " + accounts.units());
    assertEquals("上海市普陀区规划和自然资源管理事务中心（下属事业单位）", accounts.units().get(4));
    FinalBalanceTable summary = accounts.summary().orElseThrow();
    assertEquals(amount("9859.38"), summary.income().get(FinalIncomeColumn.TOTAL).orElseThrow());
    assertEquals(amount("112.88"), summary.income().get(FinalIncomeColumn.OPENING).orElseThrow());
    assertEquals(amount("100.00"), summary.closing().orElseThrow().get(FinalOutgoColumn.TOTAL).orElseThrow());
    assertEquals(amount("9759.38"), summary.currentYear().orElseThrow().get(FinalOutgoColumn.TOTAL).orElseThrow());
    assertEquals("二十四、抗疫特别国债安排的支出", summary.lines().get(23).label());
    FinalBalanceTable appropriations = accounts.appropriations().orElseThrow();
    assertEquals("二十二、灾害防治及应急管理支出", appropriations.lines().get(21).label(), "wrapped onto the next line");
    assertEquals("决算数 3,832.36万元, 一般公共预算财政拨款 3,832.36万元",
        appropriations.lines().get(10).cells().orElseThrow().toString());
    assertEquals("2120101 行政运行: 支出总计 1,092.80万元, 基本支出 1,084.02万元, 项目支出 8.77万元",
        row(accounts.generalPublic().orElseThrow(), "2120101").toString());
    assertEquals("2200199 其他自然资源事务支出: 支出总计 45.00万元, 基本支出 0.00万元, 项目支出 45.00万元",
        row(accounts.expenditure().orElseThrow(), "2200199").toString());
    var threePublic = accounts.threePublic().orElseThrow();
    assertEquals(amount("2.85"), threePublic.budgeted().orElseThrow().get(ThreePublicColumn.RECEPTION).orElseThrow());
    assertEquals(amount("0.39"), threePublic.actual().orElseThrow().get(ThreePublicColumn.TOTAL).orElseThrow());
    assertEquals(amount("0.00"), threePublic.actual().orElseThrow().get(ThreePublicColumn.VEHICLES).orElseThrow());
    assertEquals(amount("4884.09"), accounts.basicExpenditure().orElseThrow().personnel());
  }

  @Test
  void theTemplateReadsWithNoFigure() {
    for (String text : List.of(pdf(TEMPLATE), resource(TEMPLATE + ".layout.txt"))) {
      ReadResult<FinalAccounts> read = READER.read(text);
      FinalAccounts template = read.document().orElseThrow();
      assertEquals("上海市XX局", template.department());
      for (var table : List.of(template.income(), template.expenditure(), template.generalPublic(),
          template.governmentFund(), template.stateCapital())) {
        assertTrue(table.orElseThrow().isEmpty(), table::toString);
      }
      assertTrue(template.threePublic().orElseThrow().isEmpty());
      assertEquals(EnumSet.of(FinalTableId.SUMMARY, FinalTableId.APPROPRIATIONS, FinalTableId.BASIC_EXPENDITURE),
          EnumSet.complementOf(EnumSet.copyOf(template.tables())), "a blank form's 总表 and 基本支出 have no model");
      assertFalse(read.report().findings().hasErrors(), read::toString);
    }
  }

  @Test
  void plainPdftotextIsReportedLineByLineNeverPlacedInAWrongColumn() {
    for (String name : List.of(PLANNING, SOCIAL_WORK)) {
      ReadResult<FinalAccounts> raw = READER.read(resource(name + ".raw.txt"));
      FinalAccounts laidOut = READER.read(resource(name + ".layout.txt")).document().orElseThrow();
      FinalAccounts accounts = raw.document().orElseThrow();
      assertTrue(FindingLines.of(raw).stream().anyMatch(f -> f.startsWith("read.unread")), name);
      for (var tables : List.of(List.of(accounts.expenditure(), laidOut.expenditure()),
          List.of(accounts.generalPublic(), laidOut.generalPublic()))) {
        tables.get(0).ifPresent(table -> table.sections().forEach(section -> section.rows().forEach(row ->
            assertEquals(row, row(tables.get(1).orElseThrow(), row.subject().code().digits()), name))));
      }
      accounts.income().ifPresent(table -> table.sections().forEach(section -> section.rows().forEach(row ->
          assertEquals(row, row(laidOut.income().orElseThrow(), row.subject().code().digits()), name))));
    }
    ReadResult<FinalAccounts> read = READER.read(resource(SOCIAL_WORK + ".raw.txt"));
    assertTrue(FindingLines.of(read).contains("read.not-read at line 613, column 2: 一般公共预算财政拨款支出决算表 — a table "
        + "that prints figures, none of them in a row read: left out, not taken for 本表无数据"),
        () -> String.join("\n", FindingLines.of(read)));
  }

  @Test
  void aTextWithoutTitleIsNoDocument() {
    ReadResult<FinalAccounts> read = READER.read("一、收入支出决算总表\n二、收入决算表\n");
    assertTrue(read.document().isEmpty());
    assertEquals(List.of("/title"), read.report().absent());
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

  private static PrintedAmount amount(String figure) {
    return PrintedAmount.parse(figure + "万元");
  }

  private static <C extends Enum<C> & io.github.fiscaltransfer.budget.Column> SubjectRow<C> row(SubjectTable<C> table,
      String code) {
    return table.sections().stream().flatMap(s -> s.rows().stream())
        .filter(r -> r.subject().code().digits().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
  }

  static String pdf(String name) {
    return PdfTextReader.create().read(bytes("/real/" + name + ".pdf")).document().orElseThrow().layout();
  }

  static String resource(String file) {
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
