package io.github.fiscaltransfer.budget;

import java.util.Objects;
import java.util.Optional;

/**
 * One numbered 类 line of a 决算 总表 (such as {@code 一、一般公共服务支出}): the line as printed and its amounts, a
 * line the department did not spend on being printed blank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class ClassLine<C extends Enum<C> & Column> {

  private final String label;
  private final Optional<Cells<C>> cells;

  private ClassLine(String label, Optional<Cells<C>> cells) {
    this.label = label;
    this.cells = cells;
  }

  /**
   * Returns a line.
   *
   * @param label the line as printed, numbering included, such as {@code 八、社会保障和就业支出}, not blank
   * @param cells its amounts, empty for a blank line, not null
   * @param <C> the column type
   * @return the line, not null
   * @throws IllegalArgumentException if the label is blank
   */
  public static <C extends Enum<C> & Column> ClassLine<C> of(String label, Optional<Cells<C>> cells) {
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("A 类 line must say what it is: " + cells);
    }
    return new ClassLine<>(label, Objects.requireNonNull(cells, "cells"));
  }

  /**
   * Returns the line as printed, numbering included.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the 类 name without its numbering: {@code 社会保障和就业支出} for {@code 八、社会保障和就业支出}.
   *
   * @return the name, not null
   */
  public String name() {
    return label.substring(label.indexOf('、') + 1).strip();
  }

  /**
   * Returns the amounts.
   *
   * @return the cells, empty for a blank line, not null
   */
  public Optional<Cells<C>> cells() {
    return cells;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ClassLine<?> other && label.equals(other.label) && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return label.hashCode() * 31 + cells.hashCode();
  }

  /** Returns {@code 八、社会保障和就业支出: 决算数 10.82万元}, or the label alone for a blank line. */
  @Override
  public String toString() {
    return label + cells.map(c -> ": " + c).orElse("");
  }
}
