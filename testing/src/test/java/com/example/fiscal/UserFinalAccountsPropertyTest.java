package com.example.fiscal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.testing.ExactFinalAccounts;
import io.github.fiscaltransfer.testing.FinalAccountsDomain;
import io.github.fiscaltransfer.testing.FinalAccountsPrinter;
import io.github.fiscaltransfer.testing.PrintedCell;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * A user's property, outside the library's packages: it draws 部门决算 from fiscal-transfer-testing's public
 * {@link FinalAccountsDomain} and breaks one printed cell with {@link FinalAccountsPrinter#wrong}.
 */
@Domain(FinalAccountsDomain.class)
@Domain(DomainContext.Global.class)
class UserFinalAccountsPropertyTest {

  @Property(tries = 50)
  void printedAccountsHaveNoError(@ForAll FinalAccounts accounts) {
    assertFalse(FinalAccountsValidator.builtIn().validate(accounts).hasErrors());
  }

  @Property(tries = 50)
  void aWrongCellIsAnError(@ForAll ExactFinalAccounts exact, @ForAll @IntRange(max = 1_000) int pick) {
    List<PrintedCell> cells = FinalAccountsPrinter.of(exact, FinalAccountsDomain.CATALOG).checked();
    PrintedCell wrong = cells.get(pick % cells.size());
    FinalAccounts printed = FinalAccountsPrinter.wrong(exact, FinalAccountsDomain.CATALOG, wrong.pointer(),
        new BigDecimal("5.00")).print();
    assertTrue(FinalAccountsValidator.builtIn().validate(printed).findings(Severity.ERROR).stream()
        .anyMatch(f -> f.pointer().toString().equals(wrong.pointer())), wrong::toString);
  }
}
