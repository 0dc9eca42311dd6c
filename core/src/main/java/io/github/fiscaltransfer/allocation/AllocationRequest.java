package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A request to split a total among recipients in proportion to their weights, in whole steps of a
 * {@link Quantum}, by an {@link AllocationMethod}.
 *
 * <p>Build with {@link #builder()}; the request is checked when built. Immutable and thread-safe.
 */
public final class AllocationRequest {

  private final CnyAmount total;
  private final Quantum quantum;
  private final BigInteger steps;
  /** The recipients' keys and weights in table order, checked; nothing else refers to these arrays. */
  private final String[] keys;
  private final BigDecimal[] weights;
  /** The weights by key, made on the first {@link #weights()}: a propagation's thousands of requests ask none. */
  private volatile Map<String, BigDecimal> byKey;
  private final AllocationMethod method;

  private AllocationRequest(CnyAmount total, Quantum quantum, BigInteger steps, String[] keys, BigDecimal[] weights,
      AllocationMethod method) {
    this.total = total;
    this.quantum = quantum;
    this.steps = steps;
    this.keys = keys;
    this.weights = weights;
    this.method = method;
    method.check(this);
  }

  /**
   * Returns a builder, with the quantum {@link Quantum#FEN} and the method
   * {@link AllocationMethod#largestRemainder()} unless told otherwise.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the total to split.
   *
   * @return the total in CNY, zero or more, a whole number of steps, not null
   */
  public CnyAmount total() {
    return total;
  }

  /**
   * Returns the step every line is a whole number of.
   *
   * @return the quantum, not null
   */
  public Quantum quantum() {
    return quantum;
  }

  /** The total as a number of quanta, counted once when the request was built. */
  BigInteger steps() {
    return steps;
  }

  /**
   * Returns each recipient's weight, in the order the recipients were listed.
   *
   * @return the weights by recipient key, not null, unmodifiable
   */
  public Map<String, BigDecimal> weights() {
    Map<String, BigDecimal> map = byKey;
    if (map == null) {
      Map<String, BigDecimal> ordered = new LinkedHashMap<>((int) (keys.length / 0.75f) + 1);
      for (int i = 0; i < keys.length; i++) {
        ordered.put(keys[i], weights[i]);
      }
      map = Collections.unmodifiableMap(ordered);
      byKey = map;
    }
    return map;
  }

  /** The keys in table order; the caller must not change the array. */
  String[] keys() {
    return keys;
  }

  /** The weights in table order; the caller must not change the array. */
  BigDecimal[] weightArray() {
    return weights;
  }

  /**
   * Returns how the left-over steps are handed out.
   *
   * @return the method, not null
   */
  public AllocationMethod method() {
    return method;
  }

  /**
   * Returns a copy of this request with another method; this request is unchanged.
   *
   * @param method the method, not null
   * @return the new request, not null
   * @throws IllegalArgumentException if the method names a recipient that is not in this request
   */
  public AllocationRequest withMethod(AllocationMethod method) {
    return new AllocationRequest(total, quantum, steps, keys, weights, Objects.requireNonNull(method, "method"));
  }

  /**
   * Splits the total: the lines add up to it exactly.
   *
   * @return the allocation, not null
   * @throws IllegalArgumentException if the method puts a rounding difference (尾差) on a line that it would
   *     make negative
   */
  public Allocation allocate() {
    return allocate(Shares.of(this));
  }

  /** Splits the total with the given shares of this request. */
  Allocation allocate(Shares shares) {
    return new Allocation(this, shares.lines(method.received(shares)));
  }

  /**
   * Compares total, quantum, weights (in order, including their scale) and method.
   *
   * @param obj the other object
   * @return true if both requests are the same
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof AllocationRequest other && total.equals(other.total) && quantum.equals(other.quantum)
        && Arrays.equals(keys, other.keys) && Arrays.equals(weights, other.weights)
        && method.equals(other.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, quantum, Arrays.hashCode(keys), Arrays.hashCode(weights), method);
  }

  /**
   * Returns a summary such as {@code 108,310,000.00元 among 21 recipients in steps of 1万元 by largest remainder}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return total + " among " + keys.length + " recipients in steps of " + quantum + " by " + method;
  }

  /** Builds an {@link AllocationRequest}; the total and at least one recipient are required. */
  public static final class Builder {

    private MonetaryAmount total;
    private Quantum quantum = Quantum.FEN;
    private final List<String> keys = new ArrayList<>();
    private final List<BigDecimal> weights = new ArrayList<>();
    private AllocationMethod method = AllocationMethod.largestRemainder();

    private Builder() {}

    /**
     * Sets the total to split.
     *
     * @param total the total in CNY, not null
     * @return this builder
     */
    public Builder total(MonetaryAmount total) {
      this.total = Objects.requireNonNull(total, "total");
      return this;
    }

    /**
     * Sets the step every line must be a whole number of (default {@link Quantum#FEN}).
     *
     * @param quantum the quantum, not null
     * @return this builder
     */
    public Builder quantum(Quantum quantum) {
      this.quantum = Objects.requireNonNull(quantum, "quantum");
      return this;
    }

    /**
     * Adds a recipient after those already added.
     *
     * @param key the recipient's key, such as {@code 广州市}, not null
     * @param weight its weight, such as its figure in the document, not null
     * @return this builder
     */
    public Builder recipient(String key, BigDecimal weight) {
      keys.add(Objects.requireNonNull(key, "key"));
      weights.add(Objects.requireNonNull(weight, "weight"));
      return this;
    }

    /**
     * Sets the method (default {@link AllocationMethod#largestRemainder()}).
     *
     * @param method the method, not null
     * @return this builder
     */
    public Builder method(AllocationMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Builds and checks the request.
     *
     * @return the request, not null
     * @throws NullPointerException if no total was set
     * @throws IllegalArgumentException if the total is not CNY, negative or not a whole number of steps;
     *     if there is no recipient, a blank or repeated key, a negative weight, or no positive weight;
     *     or if the method names a recipient that is not in the request
     * @throws io.github.fiscaltransfer.money.PrecisionLossException if the total is finer than one fen
     */
    public AllocationRequest build() {
      Objects.requireNonNull(total, "total");
      CnyAmount checkedTotal = CnyAmount.from(total);
      if (checkedTotal.isNegative()) {
        throw new IllegalArgumentException("Total must not be negative: " + checkedTotal);
      }
      BigInteger steps = quantum.count(checkedTotal);
      String[] checkedKeys = keys.toArray(new String[0]);
      BigDecimal[] checkedWeights = weights.toArray(new BigDecimal[0]);
      Recipients.check(checkedKeys, checkedWeights);
      return new AllocationRequest(checkedTotal, quantum, steps, checkedKeys, checkedWeights, method);
    }
  }
}
