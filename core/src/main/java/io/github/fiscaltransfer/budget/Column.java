package io.github.fiscaltransfer.budget;

import java.util.Optional;

/**
 * A printed column of a budget table (栏目), described by its {@link ColumnHeader}: its header, the column it adds
 * up into, and whether it is an "of which" (其中) column that is part of another without being one of its addends.
 */
public interface Column {

  /**
   * Returns what the column is.
   *
   * @return the header, not null
   */
  ColumnHeader header();

  /**
   * Returns the header as printed, such as {@code 基本支出}.
   *
   * @return the label, not null
   */
  default String label() {
    return header().label();
  }

  /**
   * Returns the column this one adds up into (基本支出 into 支出总计), or that it is "of which" of.
   *
   * @return the parent, empty for a table's grand total or a free-standing column, not null
   */
  default Optional<Column> parent() {
    return header().parent();
  }

  /**
   * Returns whether the column is an "of which" (其中) part of its parent: at most the parent, not an addend.
   *
   * @return true for a 其中 column
   */
  default boolean ofWhich() {
    return header().ofWhich();
  }

  /**
   * Returns the stable lower-camel key of the column, used in paths and JSON, such as {@code basic}.
   *
   * @return the key, not null
   */
  default String key() {
    return header().key();
  }
}
