package io.github.fiscaltransfer.jackson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import java.io.IOException;

/**
 * Coverage-guided fuzzing (Jazzer) of the department-budget JSON reader (issue #35): the invariants of
 * {@link JsonFuzzInvariants} (no figure, year or scale changed by a read and write, no undocumented exception), and
 * a budget read validates into a report rather than throwing.
 *
 * <p>{@code mvn -B verify} replays the inputs under {@code DepartmentBudgetFuzzTestInputs/}: seed 004 and the five
 * intake files that were once read with a value truncated or normalised. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B -pl serialization -am test -Dtest=DepartmentBudgetFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (see docs/fuzzing.md).
 */
class DepartmentBudgetFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesAndRoundTrips(byte[] input) throws IOException {
    JsonFuzzInvariants.readsOrRefusesAndRoundTrips(input, DepartmentBudget.class)
        .ifPresent(budget -> BudgetValidator.builtIn().validate(budget).toString());
  }
}
