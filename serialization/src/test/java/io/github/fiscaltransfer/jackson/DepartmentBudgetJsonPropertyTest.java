package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.ExactDepartment;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Generated department budgets round-trip through JSON byte for byte and match the schema. */
@Domain(BudgetDomain.class)
@Domain(DomainContext.Global.class)
class DepartmentBudgetJsonPropertyTest {

  private static final JsonMapper MAPPER = Mappers.newMapper();

  @Property(tries = 60)
  void roundTripsAndMatchesTheSchema(@ForAll ExactDepartment department) throws JsonProcessingException {
    DepartmentBudget budget = BudgetPrinter.of(department, BudgetDomain.CATALOG).print();
    String json = MAPPER.writeValueAsString(budget);
    assertEquals(budget, MAPPER.readValue(json, DepartmentBudget.class));
    assertEquals(json, MAPPER.writeValueAsString(MAPPER.readValue(json, DepartmentBudget.class)));
    assertEquals(Set.of(), DepartmentBudgetSchema.errors(MAPPER.readTree(json)));
  }
}
