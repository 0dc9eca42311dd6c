package io.github.fiscaltransfer.deadline;

import static io.github.fiscaltransfer.deadline.DateEvent.BUDGET_REPLY;
import static io.github.fiscaltransfer.deadline.DateEvent.CONGRESS_APPROVAL;
import static io.github.fiscaltransfer.deadline.DateEvent.DISCLOSURE;
import static io.github.fiscaltransfer.deadline.DateEvent.ISSUE;
import static io.github.fiscaltransfer.deadline.DateEvent.OCTOBER_31_BEFORE;
import static io.github.fiscaltransfer.deadline.DateEvent.RECEIPT;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.CENTRAL;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.COUNTY;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.PREFECTURE;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.PROVINCE;

import io.github.fiscaltransfer.unit.AdministrativeLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines the law sets (法定时限), one {@link Deadline} a row, as data: {@link #builtIn()} holds the national
 * rules, and a user adds a province's own (many set shorter limits) with {@link #with(Deadline)}, which replaces
 * the row for the same level, kind, event and act. The built-in rows:
 *
 * <table>
 *   <caption>Built-in deadlines</caption>
 *   <tr><th>level</th><th>kind</th><th>act</th><th>from</th><th>days</th><th>basis</th></tr>
 *   <tr><td>中央</td><td>一般性</td><td>issue</td><td>congress approval</td><td>30</td><td>预算法 第五十二条</td></tr>
 *   <tr><td>中央</td><td>专项</td><td>issue</td><td>congress approval</td><td>90</td><td>预算法 第五十二条</td></tr>
 *   <tr><td>中央</td><td>专项</td><td>issue (提前下达)</td><td>31 October of the year before</td><td>0</td>
 *       <td>财预〔2015〕230号 第十九条</td></tr>
 *   <tr><td>省</td><td>any</td><td>issue</td><td>receipt</td><td>30</td><td>预算法 第五十二条; 财预〔2015〕230号
 *       第十九条 for 提前下达</td></tr>
 *   <tr><td>省, 地, 县</td><td>一般性</td><td>issue</td><td>congress approval</td><td>30</td><td>预算法 第五十二条</td></tr>
 *   <tr><td>省, 地, 县</td><td>专项</td><td>issue</td><td>congress approval</td><td>60</td><td>预算法 第五十二条</td></tr>
 *   <tr><td>every</td><td>—</td><td>批复 of departments' budgets</td><td>congress approval</td><td>20</td>
 *       <td>预算法 第五十二条</td></tr>
 *   <tr><td>every</td><td>—</td><td>disclosure</td><td>批复</td><td>20</td><td>预算法 第十四条</td></tr>
 * </table>
 *
 * <p>Transfers for emergencies (突发事件) and settled as incurred (据实结算) have no deadline in days (预算法
 * 第五十二条: issued promptly, or in instalments); leave them out of the chains checked, or disable the rule.
 * Immutable and thread-safe.
 */
public final class DeadlineTable {

  private static final String BUDGET_LAW_52 = "预算法 第五十二条";

  private static final DeadlineTable BUILT_IN = new DeadlineTable(List.of(
      Deadline.of(CENTRAL, TransferKind.GENERAL, CONGRESS_APPROVAL, ISSUE, 30, BUDGET_LAW_52),
      Deadline.of(CENTRAL, TransferKind.SPECIAL, CONGRESS_APPROVAL, ISSUE, 90, BUDGET_LAW_52),
      Deadline.of(CENTRAL, TransferKind.SPECIAL, OCTOBER_31_BEFORE, ISSUE, 0, "财预〔2015〕230号 第十九条"),
      Deadline.of(PROVINCE, TransferKind.ANY, RECEIPT, ISSUE, 30, BUDGET_LAW_52 + "; 财预〔2015〕230号 第十九条"),
      Deadline.of(PROVINCE, TransferKind.GENERAL, CONGRESS_APPROVAL, ISSUE, 30, BUDGET_LAW_52),
      Deadline.of(PROVINCE, TransferKind.SPECIAL, CONGRESS_APPROVAL, ISSUE, 60, BUDGET_LAW_52),
      Deadline.of(PREFECTURE, TransferKind.GENERAL, CONGRESS_APPROVAL, ISSUE, 30, BUDGET_LAW_52),
      Deadline.of(PREFECTURE, TransferKind.SPECIAL, CONGRESS_APPROVAL, ISSUE, 60, BUDGET_LAW_52),
      Deadline.of(COUNTY, TransferKind.GENERAL, CONGRESS_APPROVAL, ISSUE, 30, BUDGET_LAW_52),
      Deadline.of(COUNTY, TransferKind.SPECIAL, CONGRESS_APPROVAL, ISSUE, 60, BUDGET_LAW_52),
      Deadline.everyLevel(TransferKind.ANY, CONGRESS_APPROVAL, BUDGET_REPLY, 20, BUDGET_LAW_52),
      Deadline.everyLevel(TransferKind.ANY, BUDGET_REPLY, DISCLOSURE, 20, "预算法 第十四条")));

  private final List<Deadline> rows;

  private DeadlineTable(List<Deadline> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Returns the national deadlines of 预算法 第五十二条 and 第十四条 and 财预〔2015〕230号 第十九条.
   *
   * @return the table, not null
   */
  public static DeadlineTable builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a table of these rows only.
   *
   * @param rows the rows, at most one for each level, kind, event and act, not null
   * @return the table, not null
   * @throws IllegalArgumentException if two rows have the same level, kind, event and act
   */
  public static DeadlineTable of(List<Deadline> rows) {
    DeadlineTable table = new DeadlineTable(List.of());
    for (Deadline row : rows) {
      if (table.rows.stream().anyMatch(row::sameKey)) {
        throw new IllegalArgumentException("Two deadlines for the same case: " + row);
      }
      table = table.with(row);
    }
    return table;
  }

  /**
   * Returns a table with a row added, replacing the row for the same level, kind, event and act; this table is
   * unchanged.
   *
   * @param row the row, not null
   * @return the new table, not null
   */
  public DeadlineTable with(Deadline row) {
    Objects.requireNonNull(row, "row");
    List<Deadline> changed = new ArrayList<>(rows);
    changed.removeIf(row::sameKey);
    changed.add(row);
    return new DeadlineTable(changed);
  }

  /**
   * Returns the rows.
   *
   * @return the rows, in the order added, not null, unmodifiable
   */
  public List<Deadline> rows() {
    return rows;
  }

  /**
   * Returns the deadline for an act of a unit of a level counted from an event: a row for that level before one
   * for every level, a row for the kind before one for {@link TransferKind#ANY}; for a transfer of unknown kind
   * ({@code ANY}) the longest of the rows that could apply, so that no transfer is reported late by a guess.
   *
   * @param level the level of the unit that must act, not null
   * @param kind the kind of transfer, {@code ANY} if unknown, not null
   * @param from the event, not null
   * @param act the act, not null
   * @return the deadline, or empty if none applies
   */
  public Optional<Deadline> find(AdministrativeLevel level, TransferKind kind, DateEvent from, DateEvent act) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
    List<Deadline> candidates = rows.stream().filter(row -> row.from() == from && row.act() == act)
        .filter(row -> row.kind() == kind || row.kind() == TransferKind.ANY || kind == TransferKind.ANY).toList();
    List<Deadline> forLevel = candidates.stream().filter(row -> row.level().equals(Optional.of(level))).toList();
    List<Deadline> matching = forLevel.isEmpty()
        ? candidates.stream().filter(row -> row.level().isEmpty()).toList() : forLevel;
    if (kind == TransferKind.ANY) {
      return matching.stream().max(Comparator.comparingInt(Deadline::days));
    }
    return matching.stream().filter(row -> row.kind() == kind).findFirst().or(() -> matching.stream().findFirst());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DeadlineTable other && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  /** Returns the rows, one a line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("deadlines:");
    rows.forEach(row -> text.append("\n  ").append(row));
    return text.toString();
  }
}
