package io.github.fiscaltransfer.statement;

import java.util.Objects;
import java.util.Optional;

/**
 * What a statement is about, as the sentence names it: the budget unit it speaks of (empty for the whole department)
 * and the name of the figure, such as {@code 部门预算收入}, {@code 项目支出}, {@code 公务接待费} or
 * {@code 医疗保障经办管理}; an empty name is the unit's own total (市医保局本级预算 16,910 万元).
 *
 * @param unit the budget unit as the document's tables name it, empty for the department, not null
 * @param name the name as printed, without years, numbering and the words 预算/预算数/为, not null
 */
public record Topic(Optional<String> unit, String name) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public Topic {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns a topic of the department as a whole.
   *
   * @param name the name, not null
   * @return the topic, not null
   */
  public static Topic ofDepartment(String name) {
    return new Topic(Optional.empty(), name);
  }

  /**
   * Returns a topic of one budget unit.
   *
   * @param unit the unit's name as the tables print it, not null
   * @param name the name, empty for the unit's total, not null
   * @return the topic, not null
   */
  public static Topic ofUnit(String unit, String name) {
    return new Topic(Optional.of(Objects.requireNonNull(unit, "unit")), name);
  }

  /** Returns {@code 深圳市医疗保险基金管理中心: 项目支出}, {@code 部门预算收入} or {@code 深圳市医疗保障局: (total)}. */
  @Override
  public String toString() {
    String what = name.isEmpty() ? "(total)" : name;
    return unit.map(u -> u + ": " + what).orElse(what);
  }
}
