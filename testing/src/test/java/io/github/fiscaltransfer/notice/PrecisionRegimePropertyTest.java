package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The two regimes of {@code table.sum} (issue #31): an allocation table is exact, so one line moved by one printed
 * quantum, up or down, in any unit and at any scale, is exactly one ERROR; only a table declared rounded allows the
 * rounding envelope, as a WARNING that names the declaration.
 */
@Domain(NoticeDomain.class)
@Domain(DomainContext.Global.class)
class PrecisionRegimePropertyTest {

  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();
  private static final String REASON = "注：因四舍五入，合计数与分项之和可能存在尾数误差";

  @Property(tries = 300)
  void anExactTableWithOneLineMovedByOneQuantumIsOneError(@ForAll TransferNotice notice,
      @ForAll AmountUnit unit, @ForAll @IntRange(max = 10) int scale, @ForAll @IntRange(max = 7) int at,
      @ForAll boolean up) {
    AllocationTable table = moved(reprinted(table(notice), unit, scale), at, up).withPrecision(Precision.exact());
    Statistics.label("unit").collect(table.unit());
    Statistics.label("scale").collect(table.scale());
    List<Finding> findings = sumFindings(table, notice);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("(difference " + (up ? "" : "-")
        + PrintedAmount.format(BigDecimal.valueOf(1, table.scale()), table.unit()) + ")"), findings.get(0).message());
    Statistics.label("unit").coverage(c -> c.check(AmountUnit.YI_YUAN).count(n -> n > 0));
  }

  @Property(tries = 300)
  void aDeclaredRoundedTableWithinItsEnvelopeIsAWarningNamingTheDeclaration(@ForAll TransferNotice notice,
      @ForAll AmountUnit unit, @ForAll @IntRange(max = 10) int scale, @ForAll @IntRange(max = 7) int at,
      @ForAll boolean up) {
    AllocationTable table = moved(reprinted(table(notice), unit, scale), at, up)
        .withPrecision(Precision.rounded(REASON));
    List<Finding> findings = sumFindings(table, notice);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertTrue(findings.get(0).message().endsWith("allows (" + REASON + ")"), findings.get(0).message());
  }

  private static List<Finding> sumFindings(AllocationTable table, TransferNotice notice) {
    return VALIDATOR.validate(table, notice.issuer()).findings(NoticeRule.TABLE_SUM.id());
  }

  private static AllocationTable table(TransferNotice notice) {
    return notice.allocations().get(0).table().orElseThrow();
  }

  /** The same digits printed in another unit at another scale (no finer than a fen): still an exact table. */
  private static AllocationTable reprinted(AllocationTable table, AmountUnit unit, int wanted) {
    int scale = Math.min(wanted, unit.exponent() + 2);
    List<AllocationLine> lines = new ArrayList<>();
    for (AllocationLine line : table.lines()) {
      lines.add(AllocationLine.of(line.recipient(), reprinted(line.amount(), unit, scale)));
    }
    return AllocationTable.builder().from(table).lines(lines)
        .declaredTotal(reprinted(table.declaredTotal(), unit, scale)).build();
  }

  private static PrintedAmount reprinted(PrintedAmount amount, AmountUnit unit, int scale) {
    return PrintedAmount.of(new BigDecimal(amount.figure().unscaledValue(), scale), unit);
  }

  private static AllocationTable moved(AllocationTable table, int at, boolean up) {
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    int index = at % lines.size();
    AllocationLine line = lines.get(index);
    BigDecimal quantum = BigDecimal.valueOf(up ? 1 : -1, table.scale());
    lines.set(index, AllocationLine.of(line.recipient(),
        PrintedAmount.of(line.amount().figure().add(quantum), line.unit())));
    return AllocationTable.builder().from(table).lines(lines).build();
  }
}
