package io.github.fiscaltransfer.budget;

import java.util.Optional;

/**
 * A printed column of a budget table (栏目): its header, the column it adds up into, and whether it is an
 * "of which" (其中) column that is part of another without being one of its addends.
 */
public interface Column {

  /**
   * Returns the header as printed, such as {@code 基本支出}.
   *
   * @return the header, not null
   */
  String label();

  /**
   * Returns the column this one adds up into (基本支出 into 支出总计), or that it is "of which" of.
   *
   * @return the parent, empty for a table's grand total or a free-standing column, not null
   */
  Optional<? extends Column> parent();

  /**
   * Returns whether the column is an "of which" (其中) part of its parent: at most the parent, not an addend.
   *
   * @return true for a 其中 column
   */
  boolean ofWhich();

  /**
   * Returns the stable lower-camel key of the column, used in paths, such as {@code basic}.
   *
   * @return the key, not null
   */
  String key();
}
