package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
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
 * The JSON shape of a 部门决算 table by subject ({@code SubjectTable} of any columns): format, the 合计 row, and one
 * section of rows, each row its {@code subject} beside its printed cells by column key, a blank cell left out. A
 * table that prints "本表无数据" has no total and no section.
 *
 * @param format the format
 * @param total the 合计 row by column key, or null where it is blank
 * @param sections one section of rows, or none for an empty table
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "total", "sections"})
record FinalSubjectTableJson(FormatJson format, Map<String, String> total, List<SectionJson> sections) {

  /**
   * The rows.
   *
   * @param rows each row: {@code subject} and the printed cells by column key
   */
  record SectionJson(List<Map<String, String>> rows) {}

  static <C extends Enum<C> & Column> FinalSubjectTableJson of(SubjectTable<C> table) {
    return new FinalSubjectTableJson(FormatJson.of(table.format()), table.total().map(FormatJson::cells).orElse(null),
        table.sections().stream().map(s -> new SectionJson(s.rows().stream().map(FinalSubjectTableJson::row)
            .toList())).toList());
  }

  private static <C extends Enum<C> & Column> Map<String, String> row(SubjectRow<C> row) {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("subject", row.subject().toString());
    json.putAll(FormatJson.cells(row.cells()));
    return json;
  }

  <C extends Enum<C> & Column> SubjectTable<C> toTable(Class<C> type) {
    TableFormat table = Objects.requireNonNull(format, "format").toFormat();
    List<SectionJson> parts = Objects.requireNonNull(sections, "sections");
    if (parts.size() > 1 || (parts.isEmpty() && total != null)) {
      throw new IllegalArgumentException("A 决算 table by subject has one section of rows, or none if empty");
    }
    if (parts.isEmpty()) {
      return SubjectTable.empty(table);
    }
    List<SubjectRow<C>> rows = Objects.requireNonNull(parts.get(0).rows(), "rows").stream()
        .map(r -> row(r, type, table)).toList();
    return total == null ? SubjectTable.ofDepartment(table, rows)
        : SubjectTable.of(table, FormatJson.cells(total, type, table), List.of(SubjectSection.ofDepartment(rows)));
  }

  private static <C extends Enum<C> & Column> SubjectRow<C> row(Map<String, String> json, Class<C> type,
      TableFormat table) {
    Map<String, String> cells = new LinkedHashMap<>(Objects.requireNonNull(json, "row"));
    Subject subject = Subject.parse(Objects.requireNonNull(cells.remove("subject"), "subject"));
    Cells<C> printed = FormatJson.cells(cells, type, table);
    return SubjectRow.of(subject, printed);
  }
}
