package io.github.fiscaltransfer.statement;

/**
 * One statement of a disclosure's prose: a figure it states ({@link AmountStatement}) or what it says of a table
 * ({@link TableStatement}), with where it is printed.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Statement permits AmountStatement, TableStatement {

  /**
   * Returns where the statement is printed.
   *
   * @return the source, not null
   */
  Source source();
}
