package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Coverage-guided fuzzing (Jazzer) of the final accounts (部门决算) JSON reader: any bytes either read or are refused
 * with a Jackson error of bounded length; a document read writes, reads back equal and writes the same again, and its
 * {@code toString} and validation report rather than throw.
 *
 * <p>{@code mvn -B verify} replays the inputs under {@code FinalAccountsFuzzTestInputs/} (the corpus's 社会工作部
 * 决算) as ordinary tests. To fuzz, see the module's README: {@code JAZZER_FUZZ=1} and one test selected.
 */
class FinalAccountsFuzzTest {

  /** The longest refusal message accepted: hostile input must not be repeated whole. */
  private static final int MAX_MESSAGE = 5_000;

  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesAndRoundTrips(byte[] input) throws IOException {
    FinalAccounts accounts;
    try {
      accounts = Mappers.newMapper().readValue(input, FinalAccounts.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | CharConversionException e) {
      assertTrue(e.getMessage().length() < MAX_MESSAGE, () -> "a message of " + e.getMessage().length() + " chars");
      return;
    }
    String json = Mappers.write(accounts);
    FinalAccounts back = Mappers.read(json, FinalAccounts.class);
    assertEquals(accounts, back, json);
    assertEquals(json, Mappers.write(back));
    assertTrue(!accounts.toString().isEmpty());
    FinalAccountsValidator.builtIn().validate(accounts);
  }
}
