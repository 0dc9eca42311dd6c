package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.money.PrintedAmount;
import org.junit.jupiter.api.Test;

/** {@link FiscalTransferFeature}: off by default, enabled on a new module, the old one unchanged. */
class FeaturesTest {

  @Test
  void everyFeatureIsOffByDefault() {
    FiscalTransferModule module = new FiscalTransferModule();
    for (FiscalTransferFeature feature : FiscalTransferFeature.values()) {
      assertFalse(module.isEnabled(feature), feature::name);
    }
  }

  @Test
  void withReturnsANewModuleAndLeavesThisOneUnchanged() {
    FiscalTransferModule module = new FiscalTransferModule();
    FiscalTransferModule numbers = module.with(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS);
    assertTrue(numbers.isEnabled(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS));
    assertFalse(numbers.isEnabled(FiscalTransferFeature.FAIL_ON_UNKNOWN_RECIPIENT));
    assertFalse(module.isEnabled(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS));
    assertTrue(numbers.with(FiscalTransferFeature.FAIL_ON_UNKNOWN_RECIPIENT)
        .isEnabled(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS));
  }

  @Test
  void figuresAsNumbersKeepTheirScaleAndReadBack() throws Exception {
    JsonMapper mapper = FiscalTransferMappers
        .builder(new FiscalTransferModule().with(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS)).build();
    PrintedAmount amount = PrintedAmount.parse("194.00万元");
    String json = mapper.writeValueAsString(amount);
    assertEquals("{\"figure\":194.00,\"unit\":\"万元\"}", json);
    PrintedAmount back = mapper.readValue(json, PrintedAmount.class);
    assertEquals(amount, back);
    assertEquals(2, back.scale());
  }
}
