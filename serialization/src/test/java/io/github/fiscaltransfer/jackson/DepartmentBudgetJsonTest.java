package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.ExactDepartment;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import org.junit.jupiter.api.Test;

/** Hostile department budget JSON is refused with a message naming what and why. */
class DepartmentBudgetJsonTest {

  private static final JsonMapper MAPPER = Mappers.newMapper();

  private static ObjectNode sample() {
    return (ObjectNode) MAPPER.valueToTree(BudgetPrinter.of(ExactDepartment.small(), BudgetDomain.CATALOG).print());
  }

  private static String rejected(ObjectNode json) {
    return assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(json), DepartmentBudget.class)).getMessage();
  }

  @Test
  void anUnknownColumnIsRefusedNamingTheColumns() {
    ObjectNode json = sample();
    ((ObjectNode) json.at("/revenue/rows/0/cells")).put("bonus", "1");
    String message = rejected(json);
    assertTrue(message.startsWith("Cannot read DepartmentBudget at : Unknown column bonus; the columns are [total, "),
        message);
  }

  @Test
  void aFigureFinerThanTheTableIsRefused() {
    ObjectNode json = sample();
    ((ObjectNode) json.at("/generalPublic/total")).put("total", "1.5");
    assertTrue(rejected(json).contains("figure must be printed in 万元, 0 decimals: 1.5万元"));
  }

  @Test
  void aFigureThatIsNotANumberIsRefused() {
    ObjectNode json = sample();
    ((ObjectNode) json.at("/expenditure/rows/0/cells")).put("total", "1e999999999");
    assertTrue(rejected(json).startsWith("Cannot read DepartmentBudget"));
  }

  @Test
  void unknownPropertiesKindsAndSchemasAreRefused() {
    ObjectNode extra = sample();
    extra.put("comment", "x");
    assertTrue(rejected(extra).contains("Unrecognized field \"comment\""));
    ObjectNode kind = sample();
    kind.put("kind", "draft");
    assertTrue(rejected(kind).contains("kind must be budget or final-accounts: draft"));
    ObjectNode schema = sample();
    schema.put("$schema", "https://example.org/other");
    assertTrue(rejected(schema).contains("Unknown $schema https://example.org/other"));
    ObjectNode year = sample();
    year.put("year", 1_000_000_000);
    assertTrue(rejected(year).contains("from \"1000000000\": a year is a JSON integer from 1 to 9999"),
        rejected(year));
  }

  @Test
  void aMissingPartIsNamed() {
    ObjectNode json = sample();
    ((ObjectNode) json.at("/summary")).remove("format");
    assertTrue(rejected(json).contains("format"));
    ObjectNode units = sample();
    units.putArray("units");
    assertTrue(rejected(units).contains("lists its budget units once each"));
  }
}
