package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A reconfigured {@link FiscalTransferModule} registered after another is used, never silently dropped (#18). */
class ModuleRegistrationTest {

  private static final UnitRegistry NEW_AREA = UnitRegistry.read(new StringReader("code,name,aliases\n449999,江门新区,\n"));
  private static final String NEW_AREA_JSON = "{\"name\":\"江门新区\",\"code\":\"449999\"}";

  @Test
  void aModuleWithAnotherRegistryRegisteredSecondIsUsed() throws Exception {
    JsonMapper builtIn = FiscalTransferMappers.newMapper();
    assertThrows(JsonMappingException.class, () -> builtIn.readValue(NEW_AREA_JSON, FiscalUnit.class));
    JsonMapper both = FiscalTransferMappers.builder().addModule(FiscalTransferModule.withUnits(NEW_AREA)).build();
    assertEquals(2, both.getRegisteredModuleIds().size());
    assertEquals("江门新区", both.readValue(NEW_AREA_JSON, FiscalUnit.class).name());
  }

  @Test
  void aModuleWithOtherFeaturesRegisteredSecondIsUsed() throws Exception {
    JsonMapper numbers = FiscalTransferMappers.builder()
        .addModule(new FiscalTransferModule().with(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS)).build();
    assertEquals("{\"figure\":194.00,\"unit\":\"万元\"}", numbers.writeValueAsString(PrintedAmount.parse("194.00万元")));
  }

  @Test
  void theSameConfigurationRegisteredTwiceIsRegisteredOnce() {
    JsonMapper twice = FiscalTransferMappers.builder().addModule(new FiscalTransferModule()).findAndAddModules()
        .build();
    assertEquals(1, twice.getRegisteredModuleIds().size());
  }

  @Test
  void theTypeIdNamesTheConfiguration() {
    assertEquals("io.github.fiscaltransfer.jackson.FiscalTransferModule[]", new FiscalTransferModule().getTypeId());
    assertEquals("io.github.fiscaltransfer.jackson.FiscalTransferModule[FAIL_ON_UNKNOWN_RECIPIENT]",
        new FiscalTransferModule().with(FiscalTransferFeature.FAIL_ON_UNKNOWN_RECIPIENT).getTypeId());
    FiscalTransferModule custom = FiscalTransferModule.withUnits(NEW_AREA);
    assertTrue(custom.getTypeId().toString().startsWith(
        "io.github.fiscaltransfer.jackson.FiscalTransferModule[] with units #"), custom.getTypeId()::toString);
    assertNotEquals(custom.getTypeId(), FiscalTransferModule.withUnits(NEW_AREA).getTypeId());
  }
}
