package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The department-budget JSON of issue #35's intake (copies of ../shared/repro/intake/budget-*.json: seed 004 with
 * one value changed), each once read with the value truncated or normalised, now refused as the notice JSON refuses
 * it, naming the value and the grammar.
 */
class IntakeBudgetJsonTest {

  static String json(String file) {
    try (InputStream in = IntakeBudgetJsonTest.class.getResourceAsStream("/io/github/fiscaltransfer/jackson/intake/"
        + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "budget-scale-1.5.json|from \"1.5\": a scale is a JSON integer from 0 to 4 such as 2 (no quotes, fraction,"
          + " exponent or sign)",
      "budget-year-2022.5.json|from \"2022.5\": a year is a JSON integer from 1 to 9999 such as 2022 (no quotes,"
          + " fraction, exponent or sign)",
      "budget-fullwidth.json|The figure must be a plain decimal such as \"194.00\" (at most 24 integer digits and 16"
          + " decimals; no exponent, separators, spaces, leading zero or negative zero): \"１４７７\"",
      "budget-leading-zero.json|The figure must be a plain decimal such as \"194.00\" (at most 24 integer digits and"
          + " 16 decimals; no exponent, separators, spaces, leading zero or negative zero): \"01477\"",
      "budget-minus-sign.json|The figure must be a plain decimal such as \"194.00\" (at most 24 integer digits and 16"
          + " decimals; no exponent, separators, spaces, leading zero or negative zero): \"−1477\""})
  void isRefusedNamingTheValueAndTheGrammar(String file, String reason) {
    String message = assertThrows(JsonMappingException.class,
        () -> Mappers.newMapper().readValue(json(file), DepartmentBudget.class)).getMessage();
    assertTrue(message.contains(reason), message);
  }

  @ParameterizedTest
  @CsvSource({"budget-scale-1.5.json, '\"scale\": 1.5', '\"scale\": 1'",
      "budget-year-2022.5.json, '\"year\": 2022.5', '\"year\": 2022'",
      "budget-fullwidth.json, '\"１４７７\"', '\"1477\"'",
      "budget-leading-zero.json, '\"01477\"', '\"1477\"'",
      "budget-minus-sign.json, '\"−1477\"', '\"-1477\"'"})
  void theSameDocumentInTheGrammarIsRead(String file, String changed, String canonical) throws IOException {
    String json = json(file);
    assertTrue(json.contains(changed), file);
    DepartmentBudget budget = Mappers.newMapper().readValue(json.replace(changed, canonical), DepartmentBudget.class);
    assertEquals(2022, budget.year().getValue());
  }
}
