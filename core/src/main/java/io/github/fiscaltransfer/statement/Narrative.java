package io.github.fiscaltransfer.statement;

import java.util.List;
import java.util.Objects;

/**
 * The statements of a disclosure's prose (文字部分), in printed order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Narrative {

  private final List<Statement> statements;

  private Narrative(List<Statement> statements) {
    this.statements = statements;
  }

  /**
   * Returns the narrative of the given statements.
   *
   * @param statements the statements in printed order, not null
   * @return the narrative, not null
   */
  public static Narrative of(List<? extends Statement> statements) {
    return new Narrative(List.copyOf(Objects.requireNonNull(statements, "statements")));
  }

  /**
   * Returns the statements in printed order.
   *
   * @return the statements, not null, unmodifiable
   */
  public List<Statement> statements() {
    return statements;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Narrative other && statements.equals(other.statements);
  }

  @Override
  public int hashCode() {
    return statements.hashCode();
  }

  /** Returns one statement a line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(statements.size() + " statements");
    statements.forEach(s -> text.append("\n  ").append(s));
    return text.toString();
  }
}
