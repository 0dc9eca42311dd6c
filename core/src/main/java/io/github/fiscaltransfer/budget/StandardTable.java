package io.github.fiscaltransfer.budget;

/**
 * One of the standard tables of a department's disclosure (部门预算 {@link TableId} or 部门决算 {@link FinalTableId}),
 * as findings name it: its number as published, its title, and its key in the document's JSON form.
 */
public interface StandardTable {

  /**
   * Returns the table's number as published.
   *
   * @return the number, 1 or more
   */
  int number();

  /**
   * Returns the table's title as published.
   *
   * @return the title, not null
   */
  String title();

  /**
   * Returns the table's key in the document's JSON form and in finding paths, such as {@code generalPublic}.
   *
   * @return the key, not null
   */
  String key();
}
