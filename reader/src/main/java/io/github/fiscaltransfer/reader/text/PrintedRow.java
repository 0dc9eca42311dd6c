package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a 决算 table as printed: its subject code (or, for a total, its label such as {@code 合计}), its name
 * with the wrapped parts above and below joined, its figures with their display columns, and where it starts.
 */
final class PrintedRow {

  private final String code;
  private final SourcePosition position;
  private final List<String> above = new ArrayList<>();
  private final List<String> below = new ArrayList<>();
  private String name;
  private List<PrintedLine.Piece> figures;

  PrintedRow(String code, String name, List<PrintedLine.Piece> figures, SourcePosition position) {
    this.code = code;
    this.name = name;
    this.figures = figures;
    this.position = position;
  }

  /** The code's digits, or the label of a total row. */
  String code() {
    return code;
  }

  /** The name as printed, the wrapped parts joined without spaces. */
  String name() {
    return String.join("", above) + name + String.join("", below);
  }

  /** Whether the row's own line prints a name (a row whose name is wrapped around its line may not). */
  boolean namedOnLine() {
    return !name.isEmpty();
  }

  List<PrintedLine.Piece> figures() {
    return figures;
  }

  SourcePosition position() {
    return position;
  }

  int above() {
    return above.size();
  }

  void addAbove(String part) {
    above.add(part);
  }

  void addBelow(String part) {
    below.add(part);
  }

  /** Takes the name and figures of the next line, which prints them without a code. */
  void complete(String more, List<PrintedLine.Piece> moreFigures) {
    name = name + more;
    figures = moreFigures;
  }

  @Override
  public String toString() {
    return code + " " + name() + " " + figures.stream().map(PrintedLine.Piece::text).toList() + " (" + position + ")";
  }
}
