package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The hardened mapper keeps decimals exact, in trees and plain values, and refuses unknown properties. */
class FiscalTransferMappersTest {

  /** A holder of a plain decimal. */
  record Rate(BigDecimal value) {
  }

  @Test
  void treesKeepTheScaleOfDecimals() throws Exception {
    JsonNode node = Mappers.newMapper().readTree("{\"figure\":194.00}");
    assertEquals(new BigDecimal("194.00"), node.get("figure").decimalValue());
    assertEquals("{\"figure\":194.00}", Mappers.write(node));
  }

  @Test
  void bigDecimalsAreWrittenPlainAndReadExactly() throws Exception {
    assertEquals("{\"value\":1000}", Mappers.write(new Rate(new BigDecimal("1E+3"))));
    assertEquals(new Rate(new BigDecimal("0.10000000000000000001")),
        Mappers.read("{\"value\":0.10000000000000000001}", Rate.class));
  }

  @Test
  void unknownPropertiesAreRejected() {
    assertThrows(UnrecognizedPropertyException.class,
        () -> Mappers.newMapper().readValue("{\"value\":1,\"extra\":2}", Rate.class));
  }

  @Test
  void theBuilderAcceptsFurtherSettingsAndKeepsTheModule() throws Exception {
    JsonMapper lenient = FiscalTransferMappers.builder()
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(PrintedAmount.parse("194.00万元"),
        lenient.readValue("{\"figure\":\"194.00\",\"unit\":\"万元\",\"note\":[1,{}]}", PrintedAmount.class));
  }
}
