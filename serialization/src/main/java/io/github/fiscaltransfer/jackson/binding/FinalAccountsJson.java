package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FundColumn;
import io.github.fiscaltransfer.jackson.binding.FinalTablesJson.BasicJson;
import io.github.fiscaltransfer.jackson.binding.FinalTablesJson.ThreePublicJson;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON shape of {@link FinalAccounts} (部门决算): year, department, units, and each of the nine tables under its
 * {@code FinalTableId.key()}; a missing table is left out, an empty one ("本表无数据") is written empty.
 *
 * @param schema the {@code $schema} id, {@link JsonBindings#FINAL_ACCOUNTS_SCHEMA_ID}
 * @param year the year the accounts close, a JSON integer from 1 to 9999
 * @param kind always {@code final-accounts}
 * @param department the department as printed
 * @param units the units the accounts cover
 * @param summary 一、收入支出决算总表, or null
 * @param income 二、收入决算表, or null
 * @param expenditure 三、支出决算表, or null
 * @param appropriations 四、财政拨款收入支出决算总表, or null
 * @param generalPublic 五、一般公共预算财政拨款支出决算表, or null
 * @param basicExpenditure 六、一般公共预算财政拨款基本支出决算表, or null
 * @param threePublic 七、财政拨款"三公"经费支出决算表, or null
 * @param governmentFund 八、政府性基金预算财政拨款收入支出决算表, or null
 * @param stateCapital 九、国有资本经营预算财政拨款收入支出决算表, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "year", "kind", "department", "units", "summary", "income", "expenditure",
    "appropriations", "generalPublic", "basicExpenditure", "threePublic", "governmentFund", "stateCapital"})
record FinalAccountsJson(@JsonProperty("$schema") String schema, @JsonYear Year year, String kind, String department,
    List<String> units, FinalBalanceTableJson summary, FinalSubjectTableJson income,
    FinalSubjectTableJson expenditure, FinalBalanceTableJson appropriations, FinalSubjectTableJson generalPublic,
    BasicJson basicExpenditure, ThreePublicJson threePublic, FinalSubjectTableJson governmentFund,
    FinalSubjectTableJson stateCapital) {

  private static final String KIND = "final-accounts";

  static FinalAccountsJson of(FinalAccounts accounts) {
    return new FinalAccountsJson(JsonBindings.FINAL_ACCOUNTS_SCHEMA_ID, accounts.year(), KIND,
        accounts.department(), accounts.units(), accounts.summary().map(FinalBalanceTableJson::of).orElse(null),
        accounts.income().map(FinalSubjectTableJson::of).orElse(null),
        accounts.expenditure().map(FinalSubjectTableJson::of).orElse(null),
        accounts.appropriations().map(FinalBalanceTableJson::of).orElse(null),
        accounts.generalPublic().map(FinalSubjectTableJson::of).orElse(null),
        accounts.basicExpenditure().map(BasicJson::of).orElse(null),
        accounts.threePublic().map(ThreePublicJson::of).orElse(null),
        accounts.governmentFund().map(FinalSubjectTableJson::of).orElse(null),
        accounts.stateCapital().map(FinalSubjectTableJson::of).orElse(null));
  }

  FinalAccounts toAccounts() {
    if (schema != null && !schema.equals(JsonBindings.FINAL_ACCOUNTS_SCHEMA_ID)) {
      throw new IllegalArgumentException("Unknown $schema " + schema + "; this version reads "
          + JsonBindings.FINAL_ACCOUNTS_SCHEMA_ID);
    }
    if (!KIND.equals(kind)) {
      throw new IllegalArgumentException("kind must be " + KIND + ": " + kind);
    }
    return FinalAccounts.builder().year(Objects.requireNonNull(year, "year"))
        .department(Objects.requireNonNull(department, "department"))
        .units(Objects.requireNonNull(units, "units"))
        .summary(map(summary, FinalBalanceTableJson::toTable))
        .income(map(income, t -> t.toTable(FinalIncomeColumn.class)))
        .expenditure(map(expenditure, t -> t.toTable(ExpenditureColumn.class)))
        .appropriations(map(appropriations, FinalBalanceTableJson::toTable))
        .generalPublic(map(generalPublic, t -> t.toTable(ExpenditureColumn.class)))
        .basicExpenditure(map(basicExpenditure, BasicJson::toTable))
        .threePublic(map(threePublic, ThreePublicJson::toTable))
        .governmentFund(map(governmentFund, t -> t.toTable(FundColumn.class)))
        .stateCapital(map(stateCapital, t -> t.toTable(FundColumn.class)))
        .build();
  }

  private static <J, T> Optional<T> map(J json, Function<J, T> build) {
    return Optional.ofNullable(json).map(build);
  }
}
