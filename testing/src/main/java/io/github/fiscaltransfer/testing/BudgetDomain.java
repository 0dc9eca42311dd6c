package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.testing.ExactDepartment.Leaf;
import io.github.fiscaltransfer.testing.ExactDepartment.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of department budgets in exact yuan: 2 to 5 units, each spending on 1 to 5 expenditure subjects
 * drawn from the built-in 2022 catalog (its codes without children there), from the general budget or the
 * government fund budget, with own funds, carry-over, procurement and "三公" figures. Amounts are whole yuan up to
 * 30 亿元, often small enough that 四舍五入 to 万元 moves them, shrinking towards zero.
 *
 * <p>Use with {@code @Domain(BudgetDomain.class)} and take {@code @ForAll ExactDepartment department}.
 */
public class BudgetDomain extends DomainContextBase {

  /** The catalog the generated subjects come from. */
  public static final SubjectCatalog CATALOG = SubjectCatalog.builtIn(Year.of(2022));

  private static final List<SubjectCode> LEAVES = CATALOG.codes().stream()
      .filter(code -> code.digits().startsWith("2") && CATALOG.children(code).isEmpty()).toList();

  /**
   * Departments in exact yuan, to print with {@link BudgetPrinter} (right, or with one cell wrong).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<ExactDepartment> departments() {
    return units().list().ofMinSize(2).ofMaxSize(5).uniqueElements(Unit::name).map(ExactDepartment::new);
  }

  /**
   * Department budgets as a bureau prints them: every cell of a generated department rounded on its own, so they
   * validate without errors (rounding differences are warnings).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<DepartmentBudget> budgets() {
    return departments().map(department -> BudgetPrinter.of(department, CATALOG).print());
  }

  private static Arbitrary<Unit> units() {
    Arbitrary<String> name = Arbitraries.of("甲", "乙", "丙", "丁", "戊", "己").map(n -> "预算单位" + n);
    Arbitrary<List<Leaf>> leaves = leaves().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Leaf::code);
    Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
    Arbitrary<List<BigDecimal>> threePublic = yuan(2_000_000L).list().ofSize(4);
    return Combinators.combine(name, leaves, yuan(50_000_000L), share, procurement(), threePublic, threePublic)
        .as((n, l, funds, carried, bought, last, now) -> new Unit(n, l, funds, carryOver(l, carried), bought, last,
            now));
  }

  /** A share of the unit's general-budget projects, in whole yuan. */
  private static BigDecimal carryOver(List<Leaf> leaves, BigDecimal share) {
    BigDecimal projects = leaves.stream().filter(l -> !l.fund()).map(Leaf::project)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return projects.multiply(share).setScale(0, RoundingMode.DOWN);
  }

  private static Arbitrary<Leaf> leaves() {
    return Combinators.combine(Arbitraries.of(LEAVES), Arbitraries.of(false, false, true),
        yuan(200_000_000L), yuan(3_000_000_000L)).as(Leaf::new);
  }

  /** 政府采购 with its 中小企业 part and the 小微企业 part of that, each at most the whole. */
  private static Arbitrary<List<BigDecimal>> procurement() {
    Arbitrary<BigDecimal> half = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
    return Combinators.combine(yuan(100_000_000L), half, half).as((whole, sme, small) -> {
      BigDecimal part = whole.multiply(sme).setScale(0, RoundingMode.DOWN);
      return List.of(whole, part, part.multiply(small).setScale(0, RoundingMode.DOWN));
    });
  }

  private static Arbitrary<BigDecimal> yuan(long max) {
    return Arbitraries.longs().between(0, max).map(BigDecimal::valueOf);
  }
}
