package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of an {@link AllocationRequest}: one {@link AllocatedLine} per recipient, in request order, whose
 * amounts add up exactly to the total.
 *
 * <p>Immutable and thread-safe.
 */
public final class Allocation {

  private final AllocationRequest request;
  private final List<AllocatedLine> lines;
  /** The lines by key, built on the first {@link #line(String)}: a propagation asks none of its thousands. */
  private volatile Map<String, AllocatedLine> byKey;

  /** Takes a fresh list of lines that nothing else refers to. */
  Allocation(AllocationRequest request, List<AllocatedLine> lines) {
    this.request = request;
    this.lines = Collections.unmodifiableList(lines);
    assert addsUp(lines, request.total());
  }

  /** The invariant every allocation keeps, checked only with assertions on. */
  private static boolean addsUp(List<AllocatedLine> lines, CnyAmount total) {
    CnyAmount sum = lines.stream().map(AllocatedLine::amount).reduce(CnyAmount.zero(), CnyAmount::add);
    if (!sum.isEqualTo(total)) {
      throw new AssertionError(
          "fiscal-transfer bug: lines add up to " + sum + ", not " + total);
    }
    return true;
  }

  /**
   * Returns the request this allocation answers.
   *
   * @return the request, not null
   */
  public AllocationRequest request() {
    return request;
  }

  /**
   * Returns the lines, in the order the recipients were listed in the request.
   *
   * @return the lines, not null, unmodifiable
   */
  public List<AllocatedLine> lines() {
    return lines;
  }

  /**
   * Returns the line of a recipient.
   *
   * @param key the recipient's key, not null
   * @return the line, not null
   * @throws IllegalArgumentException if no recipient has that key
   */
  public AllocatedLine line(String key) {
    Objects.requireNonNull(key, "key");
    Map<String, AllocatedLine> index = byKey;
    if (index == null) {
      index = new HashMap<>(lines.size() * 4 / 3 + 1);
      for (AllocatedLine line : lines) {
        index.put(line.key(), line);
      }
      byKey = index;
    }
    AllocatedLine line = index.get(key);
    if (line == null) {
      throw new IllegalArgumentException("No recipient '" + key + "' in this allocation");
    }
    return line;
  }

  /**
   * Returns the total that was allocated, which the lines add up to exactly.
   *
   * @return the total in CNY, not null
   */
  public CnyAmount total() {
    return request.total();
  }

  /**
   * Compares the request and the lines.
   *
   * @param obj the other object
   * @return true if both allocate the same request into the same lines
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Allocation other && request.equals(other.request) && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return request.hashCode() * 31 + lines.hashCode();
  }

  /**
   * Returns a small table: a heading, then per line the key, the amount in the quantum's unit and the
   * remainder steps it received, then the total (合计).
   *
   * @return the table, lines separated by {@code \n}, not null
   */
  @Override
  public String toString() {
    Quantum quantum = request.quantum();
    String total = PrintedAmount.inUnit(total(), quantum.unit(), quantum.scale()).toString();
    int keyWidth = Math.max(2, lines.stream().mapToInt(line -> line.key().length()).max().orElse(0));
    String row = "%-" + keyWidth + "s  %" + total.length() + "s  %s%n";
    StringBuilder table = new StringBuilder()
        .append(total).append(" in steps of ").append(quantum).append(" by ").append(request.method())
        .append(String.format("%n"));
    lines.forEach(line -> table.append(
        String.format(row, line.key(), line.printedAmount(), signed(line.remainderSteps()))));
    return table.append(String.format(row, "合计", total, "")).toString().stripTrailing();
  }

  /** Returns a number of steps with its sign, such as {@code +1}, {@code 0} or {@code -2}. */
  static String signed(BigInteger steps) {
    return steps.signum() > 0 ? "+" + steps : steps.toString();
  }
}
