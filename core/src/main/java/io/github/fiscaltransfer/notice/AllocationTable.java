package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.allocation.AllocatedLine;
import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.internal.PowersOfTen;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An allocation table (资金分配表, usually 附件1): its declared total (合计), whose unit is the unit every figure
 * is printed in, and its ordered lines, all kept exactly as printed.
 *
 * <p>The table's printed precision is the scale of its declared total ({@code 194.00} → 2). Its {@link #precision()
 * regime} is exact unless the table is declared rounded: an allocation's figures are the money it hands out. Whether
 * the lines add up is a validation finding, not a construction error, since published tables do not always add up.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class AllocationTable {

  AllocationTable() {}

  /**
   * Returns the title as printed, if any, such as {@code 预下达2023年医疗救助省级资金分配明细表}.
   *
   * @return the title, not null
   */
  public abstract Optional<String> title();

  /**
   * Returns the unit every figure of the table is printed in ({@code 单位：万元}): the unit of its declared total.
   *
   * @return the unit, not null
   */
  public AmountUnit unit() {
    return declaredTotal().unit();
  }

  /**
   * Returns the declared total (合计) as printed.
   *
   * @return the total, not null
   */
  public abstract PrintedAmount declaredTotal();

  /**
   * Returns the lines in printed order.
   *
   * @return the lines, not null
   */
  public abstract List<AllocationLine> lines();

  /**
   * Returns how the table's figures compare (精度): {@link Precision#exact() exact} (the default: every line is the
   * money its recipient gets, so a difference of one printed quantum is an error), or rounded with the reason it was
   * declared so, by a note the document prints (尾数误差, 因四舍五入…) or by the caller; only then do sums allow the
   * {@link io.github.fiscaltransfer.money.RoundingEnvelope}, as a warning naming the declaration.
   *
   * @return the regime, not null
   */
  @Value.Default
  public Precision precision() {
    return Precision.exact();
  }

  /**
   * Returns a copy of this table under another regime, such as one a caller declares rounded; this table is
   * unchanged.
   *
   * @param precision the regime, not null
   * @return the table with that regime, not null
   */
  public AllocationTable withPrecision(Precision precision) {
    return builder().from(this).precision(precision).build();
  }

  /**
   * Returns the number of decimal places the table prints: the scale of its declared total.
   *
   * @return the scale
   */
  public int scale() {
    return declaredTotal().scale();
  }

  /**
   * Returns the sum of the lines' figures, in the table's unit, at the largest scale the lines and the declared
   * total have: lines 30 / 18 / 12 under a total of 60.00 sum to {@code 60.00万元}.
   *
   * @return the sum of the lines, not null
   * @throws IllegalArgumentException if the sum has more than the 24 integer digits a printed amount holds
   *     (validation reports such a table's sum rather than calling this)
   */
  public PrintedAmount linesSum() {
    return PrintedAmount.of(linesFigureSum(), unit());
  }

  /**
   * Returns the exact sum of the lines' figures, however large, at the largest scale of the lines and total: on the
   * lines' unscaled {@code long}s (every line is in the table's unit), every step overflow-checked (validation sums
   * a million lines), or on their amounts where a line is wide or the sum does not fit.
   */
  BigDecimal linesFigureSum() {
    List<AllocationLine> lines = lines();
    int scale = scale();
    long sum = 0;
    try {
      for (int i = 0; i < lines.size(); i++) {
        AllocationLine line = lines.get(i);
        if (!line.fitsLong()) {
          return amountSum();
        }
        if (line.scale() > scale) {
          sum = PowersOfTen.times(sum, line.scale() - scale);
          scale = line.scale();
        }
        sum = Math.addExact(sum, PowersOfTen.times(line.unscaled(), scale - line.scale()));
      }
    } catch (ArithmeticException overflow) {
      return amountSum();
    }
    return BigDecimal.valueOf(sum, scale);
  }

  /** The sum of {@link #linesFigureSum()} on the lines' amounts, exact however large. */
  private BigDecimal amountSum() {
    PrintedAmount sum = PrintedAmount.of(BigDecimal.ZERO.setScale(scale()), unit());
    for (AllocationLine line : lines()) {
      sum = sum.plus(line.amount());
    }
    return sum.figure();
  }

  /**
   * Returns the first line for a recipient, if any.
   *
   * @param recipient the recipient, not null
   * @return the line, not null
   */
  public Optional<AllocationLine> line(Recipient recipient) {
    for (AllocationLine line : lines()) {
      if (line.recipient().equals(recipient)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first line whose recipient is printed under a name, if any.
   *
   * @param name the name as printed, such as {@code 江门市}, not null
   * @return the line, not null
   */
  public Optional<AllocationLine> line(String name) {
    return lines().stream().filter(l -> l.recipient().name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    for (int i = 0; i < lines().size(); i++) {
      AllocationLine line = lines().get(i);
      if (line.unit() != unit()) {
        throw new IllegalArgumentException("Allocation table printed in " + unit() + " has line " + i + " in "
            + line.unit() + ": " + line);
      }
    }
  }

  /**
   * Returns this table printed in another unit at a scale, each line and the total rounded on its own as a
   * bureau prints them ({@link RoundingMode#HALF_UP} is 四舍五入), and so declared rounded for that reason (such as
   * {@code each figure rounded HALF_UP to 0.01万元 on its own}). Rounding lines one by one can leave the table off
   * its total by up to ⌊(n+1)/2⌋ printed steps for n lines, which the {@code table.sum} rule reports as a warning.
   *
   * @param unit the unit to print in, not null
   * @param scale the number of decimal places, 0 to 16
   * @param rounding how to round each figure, not null
   * @return the printed table, with the same title, recipients and notes, declared rounded, not null
   * @throws IllegalArgumentException if the scale is out of range
   */
  public AllocationTable printedIn(AmountUnit unit, int scale, RoundingMode rounding) {
    Builder printed = builder();
    printed.title(title()).declaredTotal(round(declaredTotal(), unit, scale, rounding)).precision(Precision.rounded(
        "each figure rounded " + rounding + " to " + PrintedAmount.format(BigDecimal.ONE.movePointLeft(scale), unit)
            + " on its own"));
    for (AllocationLine line : lines()) {
      AllocationLine copy = AllocationLine.of(line.recipient(), round(line.amount(), unit, scale, rounding));
      printed.addLines(line.note().map(copy::withNote).orElse(copy));
    }
    return printed.build();
  }

  private static PrintedAmount round(PrintedAmount amount, AmountUnit unit, int scale, RoundingMode rounding) {
    return PrintedAmount.inUnitRounded(amount.toAmount(), unit, scale, rounding);
  }

  /**
   * Returns a copy of this table with one line changed: the line for the given line's recipient replaced by it, or
   * the line added at the end if the table has none for that recipient. The declared total is kept (whether the
   * lines still add up to it is for validation, see {@link #difference()}). This table is not changed.
   *
   * @param line the new line, in the table's unit, not null
   * @return the changed table, not null
   * @throws IllegalArgumentException if the line is not in the table's unit
   */
  public AllocationTable withLine(AllocationLine line) {
    Objects.requireNonNull(line, "line");
    List<AllocationLine> lines = new ArrayList<>(lines());
    int index = lines.stream().map(AllocationLine::recipient).toList().indexOf(line.recipient());
    if (index < 0) {
      lines.add(line);
    } else {
      lines.set(index, line);
    }
    return withLines(lines);
  }

  /**
   * Returns a copy of this table with other lines, title and declared total kept. This table is not changed.
   *
   * @param lines the lines in printed order, each in the table's unit, not null
   * @return the changed table, not null
   * @throws IllegalArgumentException if a line is not in the table's unit
   */
  public AllocationTable withLines(List<AllocationLine> lines) {
    return builder().from(this).lines(lines).build();
  }

  /**
   * Returns a copy of this table with another declared total (合计), title and lines kept. This table is not
   * changed.
   *
   * @param declaredTotal the total as printed, in the unit of every line, not null
   * @return the changed table, not null
   * @throws IllegalArgumentException if a line is not in the new total's unit
   */
  public AllocationTable withDeclaredTotal(PrintedAmount declaredTotal) {
    return builder().from(this).declaredTotal(declaredTotal).build();
  }

  /**
   * Returns by how much the lines miss the declared total: {@link #linesSum()} minus the declared total, in the
   * table's unit at the larger of the two scales; zero when the table adds up, negative when the lines fall short.
   * Whether a difference is within rounding is the {@code table.sum} rule's to say.
   *
   * @return the difference, not null
   * @throws IllegalArgumentException if the lines' sum has more than the 24 integer digits a printed amount holds
   */
  public PrintedAmount difference() {
    return PrintedAmount.of(linesFigureSum().subtract(declaredTotal().figure()), unit());
  }

  /**
   * Returns whether the lines add up exactly to the declared total: {@link #difference()} is zero.
   *
   * @return true if the lines' sum equals the declared total
   */
  public boolean addsUp() {
    return linesFigureSum().compareTo(declaredTotal().figure()) == 0;
  }

  /**
   * Returns an allocation as a table: one line a recipient in the allocation's order, each amount and the declared
   * total printed in a unit at a scale. No figure is rounded: choose a unit and scale at least as fine as the
   * allocation's quantum (0.01万元 prints as 万元 with 2 decimals, or as 元 with 0).
   *
   * @param allocation the allocation, not null
   * @param recipients the recipient of each key of the allocation, such as {@code Map::get} on the map the keys
   *     came from or {@code name -> units.recipient(name, issuer)}; returns no null
   * @param unit the unit to print in, not null
   * @param scale the number of decimal places, 0 to 16
   * @return the table, adding up exactly, not null
   * @throws io.github.fiscaltransfer.money.PrecisionLossException if an amount is finer than the scale in the unit
   * @throws IllegalArgumentException if the scale is out of range
   * @throws NullPointerException if {@code recipients} gives no recipient for a key
   */
  public static AllocationTable of(Allocation allocation, Function<String, ? extends Recipient> recipients,
      AmountUnit unit, int scale) {
    Objects.requireNonNull(recipients, "recipients");
    Builder table = builder().unit(unit).declaredTotal(PrintedAmount.inUnit(allocation.total(), unit, scale));
    for (AllocatedLine line : allocation.lines()) {
      Recipient recipient = Objects.requireNonNull(recipients.apply(line.key()), () -> "No recipient for "
          + line.key());
      table.addLine(AllocationLine.of(recipient, PrintedAmount.inUnit(line.amount(), unit, scale)));
    }
    return table.build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the table as printed: a header with the unit and the regime ({@code (单位：万元; exact)}), one line a
   * recipient, and the 合计 line.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(title().map(t -> t + " ").orElse("")).append("(单位：").append(unit())
        .append("; ").append(precision()).append(')');
    for (AllocationLine line : lines()) {
      text.append(System.lineSeparator()).append(String.format("  %-8s %16s", line.recipient().name(),
          line.amount().formatFigure()));
      line.note().ifPresent(note -> text.append("  ").append(note));
    }
    return text.append(System.lineSeparator())
        .append(String.format("  %-8s %16s", "合计", declaredTotal().formatFigure())).toString();
  }

  /**
   * Builds an {@link AllocationTable}; the declared total is required. Give the table's {@link #unit(AmountUnit)
   * unit} once and the total and lines can be added as printed figures, read in it. Besides the methods below:
   * {@code title(String)} sets the {@linkplain AllocationTable#title() title}; {@code declaredTotal(PrintedAmount)}
   * the {@linkplain AllocationTable#declaredTotal() 合计}; {@code addLine(AllocationLine)},
   * {@code addLines(AllocationLine…)} and {@code addAllLines(Iterable)} add {@linkplain AllocationTable#lines()
   * lines} in printed order and {@code lines(Iterable)} replaces them; {@code from(table)} copies a table's title,
   * total and lines. Each returns this builder. To change one line of a table, {@link AllocationTable#withLine} is
   * one call.
   */
  public static final class Builder extends ImmutableAllocationTable.Builder {

    private AmountUnit unit;

    Builder() {}

    /**
     * Sets the unit the table is printed in ({@code 单位：万元}): figures given as text are read in it, and the
     * declared total must be in it.
     *
     * @param unit the unit, not null
     * @return this builder, not null
     */
    public Builder unit(AmountUnit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the declared total (合计) from its printed figure, read in the table's unit.
     *
     * @param figure the figure as printed, such as {@code 87.48}, not null
     * @return this builder, not null
     * @throws IllegalStateException if the table's unit is not set
     * @throws IllegalArgumentException if the figure is not an amount
     */
    public Builder declaredTotal(CharSequence figure) {
      declaredTotal(PrintedAmount.parse(figure, unitForText()));
      return this;
    }

    /**
     * Adds a line from its recipient and its printed figure, read in the table's unit.
     *
     * @param recipient the recipient, not null
     * @param figure the figure as printed, such as {@code 70.91}, not null
     * @return this builder, not null
     * @throws IllegalStateException if the table's unit is not set
     * @throws IllegalArgumentException if the figure is not an amount
     */
    public Builder addLine(Recipient recipient, CharSequence figure) {
      addLine(AllocationLine.of(recipient, PrintedAmount.parse(figure, unitForText())));
      return this;
    }

    private AmountUnit unitForText() {
      if (unit == null) {
        throw new IllegalStateException("Set the table's unit before giving a figure as text");
      }
      return unit;
    }

    /**
     * Builds the table.
     *
     * @return the table, not null
     * @throws IllegalStateException if the declared total is not set
     * @throws IllegalArgumentException if the declared total or a line is not in the table's unit
     */
    @Override
    public AllocationTable build() {
      AllocationTable table = super.build();
      if (unit != null && table.unit() != unit) {
        throw new IllegalArgumentException("Allocation table printed in " + unit + " has a total in "
            + table.unit() + ": " + table.declaredTotal());
      }
      return table;
    }
  }
}
