package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.BasicExpenditureTable;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicFinalTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The JSON shapes of the two 部门决算 tables of their own form: 基本支出 by economic classification, and "三公". */
final class FinalTablesJson {

  private FinalTablesJson() {}

  /**
   * The JSON shape of a {@link BasicExpenditureTable}: its economic rows as a table by subject (each row printing
   * {@code total}, the 决算数), then 人员经费合计 and 公用经费合计.
   *
   * @param format the format
   * @param sections one section of economic rows
   * @param personnel 人员经费合计
   * @param publicUse 公用经费合计
   */
  @JsonPropertyOrder({"format", "sections", "personnel", "publicUse"})
  record BasicJson(FormatJson format, List<FinalSubjectTableJson.SectionJson> sections, String personnel,
      String publicUse) {

    static BasicJson of(BasicExpenditureTable table) {
      FinalSubjectTableJson rows = FinalSubjectTableJson.of(table.rows());
      return new BasicJson(rows.format(), rows.sections(), FormatJson.figure(table.personnel()),
          FormatJson.figure(table.publicUse()));
    }

    BasicExpenditureTable toTable() {
      SubjectTable<FinalOutgoColumn> rows = new FinalSubjectTableJson(format, null, sections)
          .toTable(FinalOutgoColumn.class);
      return BasicExpenditureTable.of(rows, rows.format().parse(Objects.requireNonNull(personnel, "personnel")),
          rows.format().parse(Objects.requireNonNull(publicUse, "publicUse")));
    }
  }

  /**
   * The JSON shape of a {@link ThreePublicFinalTable}: the 预算数 and 决算数 rows by column key, a blank row left out.
   *
   * @param format the format
   * @param budgeted the 预算数 row, or null
   * @param actual the 决算数 row, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"format", "budgeted", "actual"})
  record ThreePublicJson(FormatJson format, Map<String, String> budgeted, Map<String, String> actual) {

    static ThreePublicJson of(ThreePublicFinalTable table) {
      return new ThreePublicJson(FormatJson.of(table.format()),
          table.budgeted().map(FormatJson::cells).orElse(null), table.actual().map(FormatJson::cells).orElse(null));
    }

    ThreePublicFinalTable toTable() {
      TableFormat table = Objects.requireNonNull(format, "format").toFormat();
      return ThreePublicFinalTable.of(table,
          Optional.ofNullable(budgeted).map(c -> FormatJson.cells(c, ThreePublicColumn.class, table)),
          Optional.ofNullable(actual).map(c -> FormatJson.cells(c, ThreePublicColumn.class, table)));
    }
  }
}
