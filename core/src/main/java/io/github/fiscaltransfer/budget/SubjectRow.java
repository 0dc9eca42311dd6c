package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.subject.Subject;
import java.util.Objects;

/**
 * One row of a table by function subject: a 类, 款 or 项 with its amounts, a blank cell being a column the row
 * does not print.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class SubjectRow<C extends Enum<C> & Column> {

  private final Subject subject;
  private final Cells<C> cells;

  private SubjectRow(Subject subject, Cells<C> cells) {
    this.subject = subject;
    this.cells = cells;
  }

  /**
   * Returns a row.
   *
   * @param subject the subject as printed (code and name), not null
   * @param cells the amounts, not null
   * @param <C> the column type
   * @return the row, not null
   */
  public static <C extends Enum<C> & Column> SubjectRow<C> of(Subject subject, Cells<C> cells) {
    return new SubjectRow<>(Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(cells, "cells"));
  }

  /**
   * Returns the subject as printed.
   *
   * @return the subject, not null
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the amounts.
   *
   * @return the cells, not null
   */
  public Cells<C> cells() {
    return cells;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectRow<?> other && subject.equals(other.subject) && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return subject.hashCode() * 31 + cells.hashCode();
  }

  /** Returns {@code 21015 医疗保障管理事务: 支出总计 12,168万元, …}. */
  @Override
  public String toString() {
    return subject + ": " + cells;
  }
}
