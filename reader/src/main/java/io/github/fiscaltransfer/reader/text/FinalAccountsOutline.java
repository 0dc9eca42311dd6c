package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.SourcePosition;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a 部门决算's text holds before its tables can be read into a model (决算目录): the title, its year, and each
 * known table found with where it starts, how many of its lines print amounts and whether it says it has no data.
 *
 * <p>Immutable and thread-safe.
 */
public final class FinalAccountsOutline {

  /**
   * One table found.
   *
   * @param title the title as the catalog spells it, such as {@code 收入支出决算总表}, not null
   * @param position where its title is printed, not null
   * @param amountLines how many of its lines print an amount (万元 to 0.01)
   * @param noData whether it says it has no data (本表无数据, 没有…收入和支出)
   */
  public record Table(String title, SourcePosition position, int amountLines, boolean noData) {

    /** Checks the table. */
    public Table {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(position, "position");
    }
  }

  private final String title;
  private final Year year;
  private final List<Table> tables;

  private FinalAccountsOutline(String title, Year year, List<Table> tables) {
    this.title = title;
    this.year = year;
    this.tables = List.copyOf(tables);
  }

  /**
   * Returns an outline.
   *
   * @param title the title as printed, without spaces, not null
   * @param year the year the title names, or null
   * @param tables the tables found, in printed order, not null
   * @return the outline, not null
   */
  public static FinalAccountsOutline of(String title, Year year, List<Table> tables) {
    return new FinalAccountsOutline(Objects.requireNonNull(title, "title"), year, tables);
  }

  /** Returns the title, such as {@code 上海市普陀区规划和自然资源局2024年度部门决算}. */
  public String title() {
    return title;
  }

  /** Returns the year the title names. */
  public Optional<Year> year() {
    return Optional.ofNullable(year);
  }

  /** Returns the tables found, in printed order. */
  public List<Table> tables() {
    return tables;
  }

  /** Returns the title and the tables found, such as {@code …部门决算: 9 tables (收入支出决算总表, …)}. */
  @Override
  public String toString() {
    return title + ": " + tables.size() + " tables ("
        + tables.stream().map(Table::title).collect(Collectors.joining(", ")) + ")";
  }
}
