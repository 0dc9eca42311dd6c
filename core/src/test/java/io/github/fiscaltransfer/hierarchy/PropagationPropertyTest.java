package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Conservation down generated two-level weight trees, as named invariants. */
class PropagationPropertyTest {

  @Property(tries = 150)
  void everyTableAddsUpAndDistributesItsLineAbove(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 1000) Integer> cityWeights,
      @ForAll @IntRange(max = 5) int countiesPerCity, @ForAll @LongRange(max = 1_000_000_000L) long steps,
      @ForAll boolean inWan) {
    Quantum quantum = inWan ? Quantum.WAN_YUAN : Quantum.FEN;
    Map<FiscalUnit, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < cityWeights.size(); i++) {
      FiscalUnit city = ChainSpec.unit(i);
      weights.put(city, BigDecimal.valueOf(cityWeights.get(i)));
      for (int j = 0; j < countiesPerCity; j++) {
        weights.put(FiscalUnit.of(city.name() + "第" + (j + 1) + "县", AdministrativeLevel.COUNTY, city),
            BigDecimal.valueOf(j + 1));
      }
    }
    Statistics.label("depth").collect(countiesPerCity == 0 ? "1 level" : "2 levels");
    Propagation propagation = Propagation.of(ChainSpec.GUANGDONG, quantum.times(BigInteger.valueOf(steps)),
        quantum, weights);
    assertEquals(countiesPerCity == 0 ? 1 : 1 + cityWeights.size(), propagation.tables().size());
    propagation.tables().values().forEach(table ->
        assertEquals(table.declaredTotal(), table.linesSum(), "allocation sums to its total: " + table));
    AllocationTable province = propagation.table(ChainSpec.GUANGDONG).orElseThrow();
    for (AllocationLine line : province.lines()) {
      propagation.table((FiscalUnit) line.recipient()).ifPresent(city -> assertEquals(line.amount(),
          city.declaredTotal(), "each level distributes exactly its line above"));
    }
    Statistics.label("depth").coverage(check -> check.check("2 levels").percentage(p -> p >= 50));
  }
}
