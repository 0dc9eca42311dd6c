package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.testing.ExactFinalAccounts.Leaf;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of department final accounts (部门决算) in exact yuan: 1 to 8 function subjects drawn from the built-in
 * 2022 catalog (its codes without children there), each from the general budget or a government fund, with other
 * income, carry-overs, an economic split of 基本支出 and "三公" 预算数 and 决算数. Amounts are whole yuan up to 5 亿元,
 * often small enough that 四舍五入 to 0.01万元 moves them, shrinking towards zero.
 *
 * <p>Use with {@code @Domain(FinalAccountsDomain.class)} and take {@code @ForAll ExactFinalAccounts accounts}.
 */
public class FinalAccountsDomain extends DomainContextBase {

  /** The catalog the generated subjects come from. */
  public static final SubjectCatalog CATALOG = BudgetDomain.CATALOG;

  private static final List<SubjectCode> LEAVES = CATALOG.codes().stream()
      .filter(code -> code.digits().startsWith("2") && CATALOG.children(code).isEmpty()).toList();

  /**
   * Final accounts in exact yuan, to print with {@link FinalAccountsPrinter} (right, or with one cell wrong).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<ExactFinalAccounts> accounts() {
    Arbitrary<List<Leaf>> leaves = leaves().list().ofMinSize(1).ofMaxSize(8).uniqueElements(Leaf::code);
    Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
    Arbitrary<List<BigDecimal>> threePublic = yuan(0, 500_000L).list().ofSize(4);
    return Combinators.combine(leaves, yuan(0, 5_000_000L), yuan(0, 20_000_000L), share, threePublic, threePublic)
        .as(ExactFinalAccounts::new);
  }

  /**
   * Final accounts as a bureau prints them: every cell rounded on its own to 0.01万元, so they validate without
   * errors (rounding differences are warnings).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<FinalAccounts> printed() {
    return accounts().map(accounts -> FinalAccountsPrinter.of(accounts, CATALOG).print());
  }

  private static Arbitrary<Leaf> leaves() {
    return Combinators.combine(Arbitraries.of(LEAVES), Arbitraries.of(false, false, false, true),
        yuan(0, 50_000_000L), yuan(1, 500_000_000L)).as(Leaf::new);
  }

  private static Arbitrary<BigDecimal> yuan(long min, long max) {
    return Arbitraries.longs().between(min, max).map(BigDecimal::valueOf);
  }
}
