package io.github.fiscaltransfer.examples;

import static io.github.fiscaltransfer.budget.ExpenditureColumn.BASIC;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROJECT;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's final accounts example, compiled and run as printed there. */
class ReadmeFinalAccountsTest {

  @Test
  void readmeExample() {
    // --- README: begin (keep in step with "Department final accounts" in README.md)
    TableFormat cents = TableFormat.of(AmountUnit.WAN_YUAN, 2);          // 单位：万元, to 0.01
    List<ExpenditureColumn> columns = List.of(TOTAL, BASIC);             // 本年支出合计, 基本支出 (项目支出 blank)
    SubjectTable<ExpenditureColumn> spent = SubjectTable.of(cents, Cells.parse(cents, columns, "29.42", "29.42"),
        List.of(SubjectSection.ofDepartment(List.of(
            SubjectRow.of(Subject.parse("221 住房保障支出"), Cells.parse(cents, columns, "29.42", "29.42")),
            SubjectRow.of(Subject.parse("22102 住房改革支出"), Cells.parse(cents, columns, "29.42", "29.42")),
            SubjectRow.of(Subject.parse("2210201 住房公积金"), Cells.parse(cents, columns, "17.70", "17.70")),
            SubjectRow.of(Subject.parse("2210203 购房补贴"), Cells.parse(cents, columns, "11.92", "11.72"))))));
    FinalAccounts accounts = FinalAccounts.builder().year(Year.of(2024)).department("中共上海市普陀区委社会工作部")
        .expenditure(spent)                                              // 三、支出决算表
        .governmentFund(SubjectTable.empty(cents))                       // 八、"本表无数据": present, empty
        .build();                                                        // the other seven are missing
    ValidationReport report = FinalAccountsValidator.builtIn().validate(accounts);
    report.findings(Severity.ERROR).forEach(System.out::println);
    // ERROR budget.subject-sum at 中共上海市普陀区委社会工作部 2024 决算#/expenditure/sections/0/rows/1/total:
    //   expected 29.62万元, actual 29.42万元 — 三、支出决算表, 中共上海市普陀区委社会工作部, 22102 住房改革支出, 支出总计:
    //   its 项 rows add up to 29.62万元 but 29.42万元 is printed (difference -0.2万元); more than rounding …
    // ERROR budget.row-sum at …#/expenditure/sections/0/rows/3/total: expected 11.72万元, actual 11.92万元 — …
    // --- README: end
    assertEquals(List.of(
        "ERROR budget.subject-sum at 中共上海市普陀区委社会工作部 2024 决算#/expenditure/sections/0/rows/1/total: "
        + "expected 29.62万元, actual 29.42万元 — 三、支出决算表, 中共上海市普陀区委社会工作部, 22102 住房改革支出, 支出总计: "
        + "its 项 rows add up to 29.62万元 but 29.42万元 is printed (difference -0.2万元); more than rounding (四舍五入) "
        + "3 printed figures can explain",
        "ERROR budget.row-sum at 中共上海市普陀区委社会工作部 2024 决算#/expenditure/sections/0/rows/3/total: "
        + "expected 11.72万元, actual 11.92万元 — 三、支出决算表, 中共上海市普陀区委社会工作部, 2210203 购房补贴, 支出总计: its "
        + "parts add up to 11.72万元 but 11.92万元 is printed (difference 0.2万元); more than rounding (四舍五入) 2 printed "
        + "figures can explain"),
        report.findings(Severity.ERROR).stream().map(Object::toString).toList());
    assertEquals(7, report.findings("budget.table-missing").size());
  }
}
