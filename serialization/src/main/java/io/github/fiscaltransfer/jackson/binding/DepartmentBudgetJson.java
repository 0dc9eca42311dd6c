package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.RevenueColumn;
import java.time.Year;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON shape of a {@link DepartmentBudget}: year, kind ({@code budget} or {@code final-accounts}), department,
 * units, and each table the document holds under its {@code TableId.key()}; a missing table is left out.
 *
 * @param schema the {@code $schema} id, {@link BudgetJson#SCHEMA_ID}
 * @param year the fiscal year, a JSON integer from 1 to 9999
 * @param kind {@code budget} (预算) or {@code final-accounts} (决算)
 * @param department the department as printed
 * @param units the budget units as printed
 * @param summary 表1, or null
 * @param revenue 表2, or null
 * @param expenditure 表3, or null
 * @param basicExpenditure 表4, or null
 * @param projectExpenditure 表5, or null
 * @param appropriations 表6, or null
 * @param generalPublic 表7, or null
 * @param threePublic 表8, or null
 * @param governmentFund 表9, or null
 * @param stateCapital 表10, or null
 * @param performance 表11, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "year", "kind", "department", "units", "summary", "revenue", "expenditure",
    "basicExpenditure", "projectExpenditure", "appropriations", "generalPublic", "threePublic", "governmentFund",
    "stateCapital", "performance"})
record DepartmentBudgetJson(@JsonProperty("$schema") String schema, @JsonYear Year year, String kind, String department,
    java.util.List<String> units, BalanceTableJson summary, GridTableJson revenue, GridTableJson expenditure,
    GridTableJson basicExpenditure, GridTableJson projectExpenditure, BalanceTableJson appropriations,
    SubjectTableJson generalPublic, ThreePublicTableJson threePublic, SubjectTableJson governmentFund,
    SubjectTableJson stateCapital, PerformanceGoalTableJson performance) {

  static DepartmentBudgetJson of(DepartmentBudget budget) {
    return new DepartmentBudgetJson(JsonBindings.BUDGET_SCHEMA_ID, budget.year(), kind(budget.kind()),
        budget.department(), budget.units(), budget.summary().map(BalanceTableJson::of).orElse(null),
        budget.revenue().map(GridTableJson::of).orElse(null), budget.expenditure().map(GridTableJson::of).orElse(null),
        budget.basicExpenditure().map(GridTableJson::of).orElse(null),
        budget.projectExpenditure().map(GridTableJson::of).orElse(null),
        budget.appropriations().map(BalanceTableJson::of).orElse(null),
        budget.generalPublic().map(t -> SubjectTableJson.of(t, false)).orElse(null),
        budget.threePublic().map(ThreePublicTableJson::of).orElse(null),
        budget.governmentFund().map(t -> SubjectTableJson.of(t, false)).orElse(null),
        budget.stateCapital().map(t -> SubjectTableJson.of(t, false)).orElse(null),
        budget.performance().map(PerformanceGoalTableJson::of).orElse(null));
  }

  private static String kind(BudgetKind kind) {
    return kind == BudgetKind.BUDGET ? "budget" : "final-accounts";
  }

  DepartmentBudget toBudget() {
    if (schema != null && !schema.equals(JsonBindings.BUDGET_SCHEMA_ID)) {
      throw new IllegalArgumentException("Unknown $schema " + schema + "; this version reads " + JsonBindings.BUDGET_SCHEMA_ID);
    }
    BudgetKind budgetKind = Arrays.stream(BudgetKind.values()).filter(k -> kind(k).equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("kind must be budget or final-accounts: " + kind));
    return DepartmentBudget.builder().year(Objects.requireNonNull(year, "year")).kind(budgetKind)
        .department(Objects.requireNonNull(department, "department"))
        .units(Objects.requireNonNull(units, "units"))
        .summary(map(summary, BalanceTableJson::toTable))
        .revenue(map(revenue, t -> t.toTable(RevenueColumn.class)))
        .expenditure(map(expenditure, t -> t.toTable(ExpenditureColumn.class)))
        .basicExpenditure(map(basicExpenditure, t -> t.toTable(RevenueColumn.class)))
        .projectExpenditure(map(projectExpenditure, t -> t.toTable(RevenueColumn.class)))
        .appropriations(map(appropriations, BalanceTableJson::toTable))
        .generalPublic(map(generalPublic, SubjectTableJson::toTable))
        .threePublic(map(threePublic, ThreePublicTableJson::toTable))
        .governmentFund(map(governmentFund, SubjectTableJson::toTable))
        .stateCapital(map(stateCapital, SubjectTableJson::toTable))
        .performance(map(performance, PerformanceGoalTableJson::toTable))
        .build();
  }

  private static <J, T> Optional<T> map(J json, Function<J, T> build) {
    return Optional.ofNullable(json).map(build);
  }
}
