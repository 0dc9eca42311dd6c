package io.github.fiscaltransfer.budget;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Column} is: its header as printed, the column it adds up into (or is "of which" of), and its key in
 * paths and JSON. Each column enum constant holds one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the header as printed, such as {@code 基本支出}
 * @param parent the column it adds up into or is part of, empty for a grand total or a free-standing column
 * @param ofWhich whether it is an "of which" (其中) part of its parent rather than an addend
 * @param key the stable lower-camel key, such as {@code basic}
 */
public record ColumnHeader(String label, Optional<Column> parent, boolean ofWhich, String key) {

  /**
   * Checks the header.
   *
   * @throws IllegalArgumentException if the label or key is blank, or an "of which" column has no parent
   */
  public ColumnHeader {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(key, "key");
    if (label.isBlank() || key.isBlank() || (ofWhich && parent.isEmpty())) {
      throw new IllegalArgumentException("A column needs a label, a key, and a parent if it is 其中: " + label);
    }
  }

  /**
   * Returns the header of a column that adds up into none.
   *
   * @param label the header as printed, not blank
   * @param key the key, not blank
   * @return the header, not null
   */
  public static ColumnHeader of(String label, String key) {
    return new ColumnHeader(label, Optional.empty(), false, key);
  }

  /**
   * Returns the header of a column that is one addend of another.
   *
   * @param parent the column it adds up into, not null
   * @param label the header as printed, not blank
   * @param key the key, not blank
   * @return the header, not null
   */
  public static ColumnHeader under(Column parent, String label, String key) {
    return new ColumnHeader(label, Optional.of(parent), false, key);
  }

  /**
   * Returns the header of an "of which" (其中) column of another.
   *
   * @param parent the column it is part of, not null
   * @param label the header as printed, not blank
   * @param key the key, not blank
   * @return the header, not null
   */
  public static ColumnHeader ofWhich(Column parent, String label, String key) {
    return new ColumnHeader(label, Optional.of(parent), true, key);
  }
}
