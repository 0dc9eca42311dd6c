package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrecisionLossException;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.RoundedMoney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public entry point of core that takes a {@link MonetaryAmount} — allocation, propagation, reconciliation
 * lines and the money package (whose entry points {@code MonetaInteropTest} covers) — takes real Moneta
 * {@code Money}, {@code FastMoney} and {@code RoundedMoney} in CNY, giving exactly the amount they hold, and
 * refuses sub-fen and foreign ones as it refuses its own.
 */
class MonetaEntryPointsTest {

  /** Public methods of core's main code that take a {@code MonetaryAmount}, outside {@code CnyAmount} itself. */
  private static final Set<String> ENTRY_POINTS = Set.of(
      "AllocationRequest$Builder.total", "Propagation.of", "Propagation.builder", "RecipientDelta.of",
      "Cny.toYuan", "Cny.toFen", "Cny.format", "CnyAmount.from", "PrintedAmount.inUnit",
      "PrintedAmount.inUnitRounded", "Quantum.count");

  static Stream<Function<BigDecimal, MonetaryAmount>> monetaKinds() {
    return Stream.of(yuan -> Money.of(yuan, "CNY"), yuan -> FastMoney.of(yuan, "CNY"),
        yuan -> RoundedMoney.of(yuan, "CNY"));
  }

  @Test
  void theEntryPointsTestedHereAreAllThereAre() throws IOException, URISyntaxException {
    Path classes = Path.of(CnyAmount.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        found.addAll(entryPoints(name));
      }
    }
    assertEquals(new TreeSet<>(ENTRY_POINTS), found);
  }

  private static Set<String> entryPoints(String className) {
    Set<String> names = new TreeSet<>();
    try {
      Class<?> type = Class.forName(className, false, CnyAmount.class.getClassLoader());
      if (!Modifier.isPublic(type.getModifiers()) || type.getName().endsWith(".CnyAmount")) {
        return names.isEmpty() && type.getName().endsWith(".CnyAmount") ? Set.of("CnyAmount.from") : names;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && Arrays.asList(method.getParameterTypes()).contains(MonetaryAmount.class)) {
          names.add(type.getName().substring(type.getPackageName().length() + 1) + "." + method.getName());
        }
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(className, e);
    }
    return names;
  }

  @ParameterizedTest
  @MethodSource("monetaKinds")
  void allocationTakesAMonetaTotal(Function<BigDecimal, MonetaryAmount> moneta) {
    AllocationRequest request = AllocationRequest.builder().total(moneta.apply(new BigDecimal("1960000.00")))
        .quantum(Quantum.WAN_YUAN).recipient("台山市", new BigDecimal("3")).recipient("开平市", new BigDecimal("4"))
        .build();
    assertEquals(CnyAmount.ofYuan(1_960_000), request.total());
    assertEquals(CnyAmount.ofYuan(840_000), request.allocate().line("台山市").amount());
    assertEquals(CnyAmount.ofYuan(1_120_000), request.allocate().line("开平市").amount());
  }

  @ParameterizedTest
  @MethodSource("monetaKinds")
  void propagationTakesAMonetaTotal(Function<BigDecimal, MonetaryAmount> moneta) {
    Map<FiscalUnit, BigDecimal> weights = new LinkedHashMap<>();
    weights.put(JiangmenChain.JIANGMEN, BigDecimal.ONE);
    weights.put(unit("台山市"), new BigDecimal("3"));
    weights.put(unit("开平市"), new BigDecimal("4"));
    MonetaryAmount total = moneta.apply(new BigDecimal("1960000"));
    Propagation propagation = Propagation.of(JiangmenChain.GUANGDONG, total, Quantum.WAN_YUAN, weights);
    assertEquals(CnyAmount.ofYuan(1_960_000), propagation.total());
    assertEquals(PrintedAmount.parse("84万元"),
        propagation.table(JiangmenChain.JIANGMEN).orElseThrow().line(unit("台山市")).orElseThrow().amount());
    assertEquals(CnyAmount.ofYuan(1_960_000),
        Propagation.builder(JiangmenChain.GUANGDONG, total).weight(JiangmenChain.JIANGMEN, BigDecimal.ONE).build()
            .total());
  }

  @ParameterizedTest
  @MethodSource("monetaKinds")
  void reconciliationLinesTakeMonetaAmounts(Function<BigDecimal, MonetaryAmount> moneta) {
    RecipientDelta delta = RecipientDelta.of(JiangmenChain.JIANGMEN, moneta.apply(new BigDecimal("1940000.10")),
        moneta.apply(new BigDecimal("1960000")));
    assertEquals(CnyAmount.ofFen(194_000_010L), delta.pre());
    assertEquals(CnyAmount.ofYuan(1_960_000), delta.formal());
  }

  @ParameterizedTest
  @MethodSource("monetaKinds")
  void subFenAndForeignTotalsAreRefused(Function<BigDecimal, MonetaryAmount> moneta) {
    MonetaryAmount fine = moneta.apply(new BigDecimal("0.005"));
    assertEquals("Amount 0.005 元 is finer than one fen (0.01 元)", assertThrows(PrecisionLossException.class,
        () -> AllocationRequest.builder().total(fine).recipient("台山市", BigDecimal.ONE).build()).getMessage());
    MonetaryAmount dollars = moneta.apply(BigDecimal.TEN).getFactory().setCurrency("USD").create();
    String message = "Amount must be in CNY: USD " + dollars.getNumber();
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> Propagation.builder(JiangmenChain.GUANGDONG, dollars)).getMessage());
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> RecipientDelta.of(JiangmenChain.JIANGMEN, dollars, dollars)).getMessage());
  }
}
