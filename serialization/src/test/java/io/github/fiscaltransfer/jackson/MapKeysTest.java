package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.fiscaltransfer.FiscalParseException;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.DivisionCode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Text types as map keys: written and read as their canonical text. */
class MapKeysTest {

  @Test
  void subjectCodeKeysRoundTrip() throws Exception {
    Map<SubjectCode, PrintedAmount> map = new TreeMap<>(Map.of(
        SubjectCode.of("2101502"), PrintedAmount.of(new BigDecimal("194.00"), AmountUnit.WAN_YUAN)));
    String json = Mappers.write(map);
    assertEquals("{\"2101502\":{\"figure\":\"194.00\",\"unit\":\"万元\"}}", json);
    assertEquals(map, Mappers.newMapper().readValue(json, new TypeReference<Map<SubjectCode, PrintedAmount>>() { }));
  }

  @Test
  void amountUnitKeysUseTheLabel() throws Exception {
    Map<AmountUnit, Integer> map = Map.of(AmountUnit.WAN_YUAN, 1);
    assertEquals("{\"万元\":1}", Mappers.write(map));
    assertEquals(map, Mappers.newMapper().readValue("{\"万元\":1}", new TypeReference<Map<AmountUnit, Integer>>() { }));
  }

  @Test
  void idEnumKeysUseTheirIdsNotTheConstantNames() throws Exception {
    Map<Urgency, Integer> urgency = new EnumMap<>(Map.of(Urgency.EXTRA_URGENT, 1, Urgency.NONE, 2));
    assertEquals("{\"none\":2,\"extra_urgent\":1}", Mappers.write(urgency));
    assertEquals(urgency, Mappers.newMapper().readValue("{\"none\":2,\"extra_urgent\":1}",
        new TypeReference<Map<Urgency, Integer>>() { }));
    Map<Grade, Integer> grades = Map.of(Grade.EXCELLENT, 1);
    assertEquals("{\"优\":1}", Mappers.write(grades));
    assertEquals(grades, Mappers.newMapper().readValue("{\"优\":1}", new TypeReference<Map<Grade, Integer>>() { }));
    assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue("{\"EXTRA_URGENT\":1}", new TypeReference<Map<Urgency, Integer>>() { }));
  }

  @Test
  void anInvalidKeyNamesTheTypeAndTheReason() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue("{\"44078x\":1}", new TypeReference<Map<DivisionCode, Integer>>() { }));
    assertTrue(e.getMessage().contains("Map key of type `io.github.fiscaltransfer.unit.DivisionCode`"), e::getMessage);
    assertTrue(e.getMessage().contains("\"44078x\""), e::getMessage);
    assertInstanceOf(FiscalParseException.class, e.getCause());
  }
}
