package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a 决算 table by subject code (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表, the two fund tables and
 * each side of 基本支出决算表): its rows ({@link SubjectLines}), each row's figures put in the table's columns
 * ({@link ColumnPlacer}), and its total row ({@code 合计}), printed first or last.
 */
final class FinalSubjectTableReader {

  private FinalSubjectTableReader() {}

  /** The rows of lines, total rows included, their names joined. */
  static List<PrintedRow> rows(FinalTableRegion region, List<PrintedLine> lines) {
    SubjectLines reader = new SubjectLines(region.report());
    lines.forEach(reader::add);
    return reader.rows();
  }

  /**
   * Reads a table: empty if it prints no figure (本表无数据), absent (reported) if it prints figures but no row
   * could be read.
   *
   * @param columns the table's columns in printed order
   * @param headings how the header names each column (the start of its heading), in printed order
   * @param firstFilled whether every row that prints a figure prints the first column
   */
  static <C extends Enum<C> & Column> Optional<SubjectTable<C>> read(FinalTableRegion region, List<C> columns,
      List<String> headings, boolean firstFilled) {
    List<PrintedRow> printed = rows(region, region.lines());
    ColumnPlacer placer = ColumnPlacer.learn(printed.stream().map(PrintedRow::figures).toList(), firstFilled,
        headings(region, headings));
    Optional<Cells<C>> total = Optional.empty();
    List<SubjectRow<C>> rows = new ArrayList<>();
    for (PrintedRow row : printed) {
      if (blank(row, region)) {
        continue;
      }
      Optional<Cells<C>> cells = placer.place(row.figures(), region.report())
          .flatMap(placed -> region.cells(row.figures(), placed, columns));
      if (cells.isEmpty()) {
        region.report().add(ReadRule.UNREAD, row.position(), row.code(), "final-row-left-out", Arguments.none());
      } else if (row.code().chars().allMatch(Character::isDigit)) {
        subject(row, region).ifPresent(subject -> rows.add(SubjectRow.of(subject, cells.get())));
      } else {
        total = cells;
      }
    }
    if (rows.isEmpty() && total.isEmpty()) {
      if (region.lines().stream().anyMatch(line -> !line.figures().isEmpty())) {
        region.report().add(ReadRule.NOT_READ, region.title(), region.heading(), "final-table-left-out",
            Arguments.none());
        return Optional.empty();
      }
      return Optional.of(SubjectTable.empty(region.format()));
    }
    return Optional.of(total.isPresent()
        ? SubjectTable.of(region.format(), total.get(), List.of(SubjectSection.ofDepartment(rows)))
        : SubjectTable.ofDepartment(region.format(), rows));
  }

  /**
   * Where the header centres each heading: the first header piece (before any figure) that starts with it; empty
   * unless the header prints every heading.
   */
  private static List<Integer> headings(FinalTableRegion region, List<String> headings) {
    List<Integer> centres = new ArrayList<>();
    for (String heading : headings) {
      region.lines().stream().takeWhile(line -> line.figures().isEmpty()).flatMap(line -> line.pieces().stream())
          .filter(piece -> piece.text().replace(" ", "").startsWith(heading)).findFirst()
          .ifPresent(piece -> centres.add((piece.start() + piece.end()) / 2));
    }
    return centres.size() == headings.size() ? centres : List.of();
  }

  /**
   * Reports a row that prints no figure, or only dashes (a blank form's rows): the model holds rows with figures.
   *
   * @return whether the row is blank
   */
  static boolean blank(PrintedRow row, FinalTableRegion region) {
    if (row.figures().stream().anyMatch(p -> p.kind() == PrintedLine.Kind.FIGURE)) {
      return false;
    }
    region.report().add(ReadRule.NOT_READ, Severity.INFO, row.position(), row.code() + " " + row.name(),
        "final-blank-row", Arguments.none());
    return true;
  }

  /** The row's subject, code and name as printed; a code the classification does not have is reported. */
  static Optional<Subject> subject(PrintedRow row, FinalTableRegion region) {
    try {
      SubjectCode code = SubjectCode.of(row.code());
      return Optional.of(row.name().isBlank() ? Subject.of(code) : Subject.of(code, row.name()));
    } catch (IllegalArgumentException e) {
      region.report().add(ReadRule.VALUE, row.position(), row.code() + " " + row.name(), "final-subject",
          Arguments.of("detail", e.getMessage()));
      return Optional.empty();
    }
  }
}
