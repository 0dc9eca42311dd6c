package io.github.fiscaltransfer.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.testing.ExactFinalAccounts;
import io.github.fiscaltransfer.testing.ExactFinalAccounts.Leaf;
import io.github.fiscaltransfer.testing.FinalAccountsDomain;
import io.github.fiscaltransfer.testing.FinalAccountsPrinter;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinalAccountsValidatorTest {

  private static final FinalAccountsValidator VALIDATOR =
      FinalAccountsValidator.of(ValidationPolicy.builder().catalogs(List.of(FinalAccountsDomain.CATALOG)).build());

  /** Every figure a whole 0.01万元 (100 元), so that printing rounds nothing; one government-fund subject. */
  private static final ExactFinalAccounts EXACT = new ExactFinalAccounts(List.of(
      new Leaf(SubjectCode.of("2101501"), false, yuan(600), yuan(400)),
      new Leaf(SubjectCode.of("2101301"), true, yuan(0), yuan(70))),
      yuan(50), yuan(20), new BigDecimal("0.50"), List.of(yuan(1), yuan(2), yuan(3), yuan(4)),
      List.of(yuan(0), yuan(1), yuan(0), yuan(2)));

  private static BigDecimal yuan(long hundreds) {
    return BigDecimal.valueOf(hundreds * 100);
  }

  private static List<String> brief(ValidationReport report) {
    return report.findings().stream().filter(f -> !f.ruleId().equals("subject.unlisted"))
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.pointer()).toList();
  }

  @Test
  void accountsPrintedWithoutRoundingHaveNoFinding() {
    assertEquals(List.of(), brief(VALIDATOR.validate(FinalAccountsPrinter.of(EXACT,
        FinalAccountsDomain.CATALOG).print())));
  }

  @Test
  void aMissingTableIsNamedAndAnEmptyOneIsNot() {
    FinalAccounts printed = FinalAccountsPrinter.of(EXACT, FinalAccountsDomain.CATALOG).print();
    FinalAccounts withoutThreePublic = FinalAccounts.builder().from(printed).threePublic(java.util.Optional.empty())
        .build();
    List<Finding> missing = VALIDATOR.validate(withoutThreePublic).findings(BudgetRule.TABLE_MISSING.id());
    assertEquals(List.of("WARNING budget.table-missing at 测试市社会工作部 2022 决算#/threePublic: expected 七、财政拨款“三公”"
        + "经费支出决算表, actual absent — 七、财政拨款“三公”经费支出决算表 is not in the document: its sums and ties were "
        + "not checked"), missing.stream().map(Finding::toString).toList());
    assertEquals(true, printed.stateCapital().orElseThrow().isEmpty(), "九 prints 本表无数据 and is present");
  }

  @Test
  void anErrorNamesTableRowColumnExpectedAndActual() {
    ValidationReport report = VALIDATOR.validate(FinalAccountsPrinter.wrong(EXACT, FinalAccountsDomain.CATALOG,
        "/threePublic/actual/vehicles", new BigDecimal("0.30")).print());
    assertEquals(List.of("ERROR budget.row-sum at 测试市社会工作部 2022 决算#/threePublic/actual/total: expected 0.33万元, "
        + "actual 0.03万元 — 七、财政拨款“三公”经费支出决算表, 测试市社会工作部, 决算数, 总计: its parts add up to 0.33万元 "
        + "but 0.03万元 is printed (difference -0.3万元); more than rounding (四舍五入) 3 printed figures can explain",
        "ERROR budget.row-sum at 测试市社会工作部 2022 决算#/threePublic/actual/vehicles: expected 0.02万元, actual "
        + "0.32万元 — 七、财政拨款“三公”经费支出决算表, 测试市社会工作部, 决算数, 公务用车购置及运行维护费: its parts add up "
        + "to 0.02万元 but 0.32万元 is printed (difference 0.3万元); more than rounding (四舍五入) 2 printed figures can "
        + "explain"), report.findings().stream().filter(f -> f.ruleId().equals("budget.row-sum"))
        .map(Finding::toString).toList());
  }

  @Test
  void aFundTableThatDoesNotCarryForwardIsAnError() {
    ValidationReport report = VALIDATOR.validate(FinalAccountsPrinter.wrong(EXACT, FinalAccountsDomain.CATALOG,
        "/governmentFund/sections/0/rows/2/closing", new BigDecimal("0.05")).print());
    assertEquals(List.of("ERROR budget.carry-forward /governmentFund/sections/0/rows/2/closing"),
        brief(report).stream().filter(f -> f.contains("carry-forward")).toList());
  }
}
