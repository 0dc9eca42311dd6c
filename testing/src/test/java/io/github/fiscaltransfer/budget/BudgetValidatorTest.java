package io.github.fiscaltransfer.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.ExactDepartment;
import io.github.fiscaltransfer.testing.ExactDepartment.Leaf;
import io.github.fiscaltransfer.testing.ExactDepartment.Unit;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetValidatorTest {

  private static final BudgetValidator VALIDATOR =
      BudgetValidator.of(ValidationPolicy.builder().catalogs(List.of(BudgetDomain.CATALOG)).build());

  /** Two units whose every figure is a whole 万元, so that printing rounds nothing. */
  private static final ExactDepartment WHOLE = new ExactDepartment(List.of(
      unit("预算单位甲", new Leaf(SubjectCode.of("2101501"), false, yuan(100), yuan(50)),
          new Leaf(SubjectCode.of("2101301"), true, yuan(0), yuan(7))),
      unit("预算单位乙", new Leaf(SubjectCode.of("2101502"), false, yuan(30), yuan(20)))));

  private static Unit unit(String name, Leaf... leaves) {
    List<BigDecimal> threePublic = List.of(yuan(0), yuan(1), yuan(0), yuan(2));
    return new Unit(name, List.of(leaves), yuan(5), yuan(10), List.of(yuan(9), yuan(4), yuan(1)), threePublic,
        threePublic);
  }

  private static BigDecimal yuan(long wan) {
    return BigDecimal.valueOf(wan * 10_000);
  }

  @Test
  void aDocumentPrintedWithoutRoundingHasOnlyItsMissingTable() {
    ValidationReport report = VALIDATOR.validate(BudgetPrinter.of(WHOLE, BudgetDomain.CATALOG).print());
    assertEquals(List.of("WARNING budget.table-missing at 测试市医疗保障局 2022 预算#/basicExpenditure: expected 表4 基本支出总表, actual absent — "
        + "表4 基本支出总表 is not in the document: its sums and ties were not checked"),
        report.findings().stream().map(Finding::toString).toList());
  }

  @Test
  void anErrorNamesTableUnitRowColumnExpectedAndActual() {
    ValidationReport report = VALIDATOR.validate(BudgetPrinter.wrong(WHOLE, BudgetDomain.CATALOG,
        "/generalPublic/sections/0/rows/1/project", new BigDecimal("3")).print());
    Finding finding = report.findings(BudgetRule.SUBJECT_SUM.id()).stream()
        .filter(f -> f.pointer().toString().equals("/generalPublic/sections/0/rows/1/project")).findFirst().orElseThrow();
    assertEquals("ERROR budget.subject-sum at 测试市医疗保障局 2022 预算#/generalPublic/sections/0/rows/1/project: "
        + "expected 50万元, actual 53万元 — "
        + "表7 一般公共预算支出表（按功能分类）, 预算单位甲, 21015 医疗保障管理事务, 项目支出: its 项 rows add up to 50万元 but "
        + "53万元 is printed (difference 3万元); more than rounding (四舍五入) 2 printed figures can explain",
        finding.toString());
  }

  @Test
  void aTableNamingAnotherUnitIsAnError() {
    DepartmentBudget printed = BudgetPrinter.of(WHOLE, BudgetDomain.CATALOG).print();
    DepartmentBudget renamed = DepartmentBudget.builder().from(printed)
        .units(List.of("预算单位甲", "预算单位丙")).build();
    List<String> paths = VALIDATOR.validate(renamed).findings(BudgetRule.UNIT_UNKNOWN.id()).stream()
        .map(f -> f.pointer().toString()).toList();
    assertEquals(List.of("/revenue/rows/1/label", "/expenditure/rows/1/label", "/generalPublic/sections/1/unit",
        "/governmentFund/sections/1/unit", "/stateCapital/sections/1/unit", "/threePublic/sections/1/unit"), paths);
  }

  @Test
  void anOfWhichColumnLargerThanItsWholeIsAnError() {
    ValidationReport report = VALIDATOR.validate(BudgetPrinter.wrong(WHOLE, BudgetDomain.CATALOG,
        "/expenditure/rows/0/cells/procurementSmall", new BigDecimal("5")).print());
    Finding finding = report.findings(BudgetRule.OF_WHICH.id()).get(0);
    assertEquals("/expenditure/rows/0/cells/procurementSmall", finding.pointer().toString());
    assertEquals(Optional.of("4万元"), finding.expected());
    assertEquals(Optional.of("6万元"), finding.actual());
  }

  @Test
  void aPolicyTurnsBudgetRulesOffAndChangesTheirSeverity() {
    DepartmentBudget wrong = BudgetPrinter.wrong(WHOLE, BudgetDomain.CATALOG,
        "/generalPublic/sections/0/rows/1/project", new BigDecimal("3")).print();
    ValidationPolicy policy = ValidationPolicy.builder().catalogs(List.of(BudgetDomain.CATALOG))
        .disable(BudgetRule.TABLE_MISSING).severity("budget.subject-sum", Severity.INFO).build();
    ValidationReport report = BudgetValidator.of(policy).validate(wrong);
    assertEquals(List.of(), report.findings(BudgetRule.TABLE_MISSING.id()));
    assertEquals(List.of(Severity.INFO, Severity.INFO), report.findings(BudgetRule.SUBJECT_SUM.id()).stream()
        .map(Finding::severity).toList());
    assertEquals("budget.row-sum", BudgetRule.ROW_SUM.toString());
  }

  /** Sums of the largest figures a table can print are reported, never refused for having too many digits. */
  @Test
  void hugeFiguresAreComparedWithoutFailing() {
    TableFormat format = TableFormat.WHOLE_WAN_YUAN;
    String huge = "99999999999999999999"; // 20 integer digits, the most in 万元 (24 in 元)
    List<ExpenditureColumn> total = List.of(ExpenditureColumn.TOTAL);
    GridTable<ExpenditureColumn> table = GridTable.of(format, Optional.of(Cells.parse(format, total, "1")),
        List.of(Row.of("预算单位甲", Cells.parse(format, total, huge)), Row.of("预算单位乙", Cells.parse(format, total, huge))));
    DepartmentBudget budget = DepartmentBudget.builder().year(BudgetPrinter.YEAR).kind(BudgetKind.BUDGET)
        .department("测试市医疗保障局").addUnits("预算单位甲", "预算单位乙").expenditure(table).build();
    Finding finding = VALIDATOR.validate(budget).findings(BudgetRule.DEPARTMENT_TOTAL.id()).get(0);
    assertEquals(Optional.of("199,999,999,999,999,999,998万元"), finding.expected());
  }

  @Test
  void withoutACatalogSubjectsAreNotChecked() {
    ValidationReport report = BudgetValidator.of(ValidationPolicy.builder().catalogs(List.of()).build())
        .validate(BudgetPrinter.of(WHOLE, BudgetDomain.CATALOG).print());
    assertEquals(1, report.findings(BudgetRule.SUBJECT_CATALOG_MISSING.id()).size());
  }

  @Test
  void aSubjectOutsideTheCatalogIsAnError() {
    ExactDepartment unknown = new ExactDepartment(List.of(WHOLE.units().get(0), unit("预算单位乙",
        new Leaf(SubjectCode.of("2101599"), false, yuan(1), yuan(1)))));
    ValidationPolicy complete = ValidationPolicy.builder().catalogs(List.of(catalog(false))).build();
    ValidationReport report = BudgetValidator.of(complete).validate(BudgetPrinter.of(unknown, catalog(true)).print());
    assertEquals(List.of("/summary/expenditure/sections/0/rows/5/subject",
            "/appropriations/expenditure/sections/0/rows/5/subject", "/generalPublic/sections/1/rows/2/subject"),
        report.findings("subject.unknown").stream().map(f -> f.pointer().toString()).toList());
  }

  /** A user's (complete) 2022 catalog of the generated departments' codes, with or without 2101599. */
  private static io.github.fiscaltransfer.subject.SubjectCatalog catalog(boolean with2101599) {
    StringBuilder csv = new StringBuilder("year,code,name,formerly\n");
    BudgetDomain.CATALOG.codes().stream().filter(code -> !code.toString().equals("2101599"))
        .filter(code -> BudgetDomain.CATALOG.codes().containsAll(code.ancestors()))
        .forEach(code -> csv.append("2022,").append(code).append(',')
            .append(BudgetDomain.CATALOG.name(code).orElseThrow()).append(",\n"));
    if (with2101599) {
      csv.append("2022,2101599,其他医疗保障管理事务支出,\n");
    }
    return io.github.fiscaltransfer.subject.SubjectCatalog.read(new java.io.StringReader(csv.toString()))
        .get(BudgetPrinter.YEAR);
  }

  @Test
  void cellsAreRefusedOutsideTheTableFormat() {
    TableFormat format = TableFormat.WHOLE_WAN_YUAN;
    assertEquals("figure must be printed in 万元, 0 decimals: 1.5万元",
        assertThrows(IllegalArgumentException.class, () -> format.parse("1.5")).getMessage());
    Cells<ExpenditureColumn> total = Cells.parse(format, List.of(ExpenditureColumn.TOTAL), "1");
    Cells<ExpenditureColumn> split = Cells.parse(format,
        List.of(ExpenditureColumn.TOTAL, ExpenditureColumn.BASIC), "1", "1");
    assertEquals("Row 乙 prints columns [支出总计, 基本支出] where the table prints [支出总计]",
        assertThrows(IllegalArgumentException.class, () -> GridTable.of(format, Optional.empty(),
            List.of(Row.of("甲", total), Row.of("乙", split)))).getMessage());
    assertEquals(PrintedAmount.parse("257,531万元"),
        format.ofYuan(new BigDecimal("2575310000.00")));
    assertEquals(PrintedAmount.parse("3.5万元"),
        TableFormat.of(AmountUnit.WAN_YUAN, 2).ofYuan(new BigDecimal("35000.00")));
  }
}
