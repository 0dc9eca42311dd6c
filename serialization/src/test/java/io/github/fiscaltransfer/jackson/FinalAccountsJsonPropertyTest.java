package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.testing.ExactFinalAccounts;
import io.github.fiscaltransfer.testing.FinalAccountsDomain;
import io.github.fiscaltransfer.testing.FinalAccountsPrinter;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Generated final accounts round-trip through JSON byte for byte and match the schema; a broken figure is refused. */
@Domain(FinalAccountsDomain.class)
@Domain(DomainContext.Global.class)
class FinalAccountsJsonPropertyTest {

  private static final JsonMapper MAPPER = Mappers.newMapper();

  @Property(tries = 60)
  void roundTripsAndMatchesTheSchema(@ForAll ExactFinalAccounts exact) throws JsonProcessingException {
    FinalAccounts accounts = FinalAccountsPrinter.of(exact, FinalAccountsDomain.CATALOG).print();
    String json = MAPPER.writeValueAsString(accounts);
    assertEquals(accounts, MAPPER.readValue(json, FinalAccounts.class));
    assertEquals(json, MAPPER.writeValueAsString(MAPPER.readValue(json, FinalAccounts.class)));
    assertEquals(Set.of(), FinalAccountsSchema.errors(MAPPER.readTree(json)));
  }

  @Property(tries = 20)
  void aFigureFinerThanTheTableIsRefusedNamingWhere(@ForAll ExactFinalAccounts exact)
      throws JsonProcessingException {
    String json = MAPPER.writeValueAsString(FinalAccountsPrinter.of(exact, FinalAccountsDomain.CATALOG).print());
    String finer = json.replaceFirst("\"total\":\"(-?[0-9]+\\.[0-9]{2})\"", "\"total\":\"$10\"");
    MismatchedInputException error = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(finer, FinalAccounts.class));
    assertTrue(error.getMessage().contains("Cannot read FinalAccounts"), error::getMessage);
  }
}
