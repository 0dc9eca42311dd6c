package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.subject.Subject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON shape of a {@link SubjectTable}: format, department total row and sections; in a balance table, the
 * expenditure side has one section without unit or total, and takes the balance table's format.
 *
 * @param format the format, or null inside a balance table
 * @param total the department's total row, or null
 * @param sections the sections
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "total", "sections"})
record SubjectTableJson(FormatJson format, Map<String, String> total, List<SectionJson> sections) {

  /**
   * One unit's section.
   *
   * @param unit the unit as printed, or null for a table not split by unit
   * @param total the unit's total row, or null for a table not split by unit
   * @param rows the subject rows
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"unit", "total", "rows"})
  record SectionJson(String unit, Map<String, String> total, List<RowJson> rows) {}

  /**
   * One subject row, its cells beside the subject.
   *
   * @param subject the subject as printed
   * @param total 支出总计
   * @param basic 基本支出, or null where the table prints 支出总计 alone
   * @param project 项目支出, or null where the table prints 支出总计 alone
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"subject", "total", "basic", "project"})
  record RowJson(Subject subject, String total, String basic, String project) {}

  static SubjectTableJson of(SubjectTable<ExpenditureColumn> table, boolean inBalance) {
    return new SubjectTableJson(inBalance ? null : FormatJson.of(table.format()),
        table.total().map(FormatJson::cells).orElse(null),
        table.sections().stream().map(s -> new SectionJson(s.unit().orElse(null),
            s.total().map(FormatJson::cells).orElse(null), s.rows().stream().map(SubjectTableJson::row).toList()))
            .toList());
  }

  private static RowJson row(SubjectRow<ExpenditureColumn> row) {
    Map<String, String> cells = FormatJson.cells(row.cells());
    return new RowJson(row.subject(), cells.get("total"), cells.get("basic"), cells.get("project"));
  }

  SubjectTable<ExpenditureColumn> toTable() {
    TableFormat table = Objects.requireNonNull(format, "format").toFormat();
    List<SubjectSection<ExpenditureColumn>> parts = Objects.requireNonNull(sections, "sections").stream()
        .map(s -> SubjectSection.of(
        s.unit(), FormatJson.cells(Objects.requireNonNull(s.total(), "total"), ExpenditureColumn.class, table),
        rows(s, table))).toList();
    return SubjectTable.of(table, FormatJson.cells(Objects.requireNonNull(total, "total"), ExpenditureColumn.class,
        table), parts);
  }

  SubjectTable<ExpenditureColumn> toExpenditure(TableFormat table) {
    if (format != null || total != null || sections == null || sections.size() != 1) {
      throw new IllegalArgumentException("The expenditure side of a balance table is one section of rows, with "
          + "no format or total of its own");
    }
    return SubjectTable.ofDepartment(table, rows(sections.get(0), table));
  }

  private static List<SubjectRow<ExpenditureColumn>> rows(SectionJson section, TableFormat table) {
    return Objects.requireNonNull(section.rows(), "rows").stream().map(r -> {
      Map<String, String> cells = new LinkedHashMap<>();
      cells.put("total", r.total());
      if (r.basic() != null || r.project() != null) {
        cells.put("basic", r.basic());
        cells.put("project", r.project());
      }
      return SubjectRow.of(Objects.requireNonNull(r.subject(), "subject"),
          FormatJson.cells(cells, ExpenditureColumn.class, table));
    }).toList();
  }
}
