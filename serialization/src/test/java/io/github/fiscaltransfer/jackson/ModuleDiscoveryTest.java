package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fiscaltransfer.notice.DocumentNumber;
import org.junit.jupiter.api.Test;

/** The module is found through {@code META-INF/services} and reports its version. */
class ModuleDiscoveryTest {

  @Test
  void isFoundByFindAndRegisterModules() throws Exception {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(FiscalTransferModule.class::isInstance));
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertEquals("\"粤财社〔2021〕307号\"", mapper.writeValueAsString(DocumentNumber.parse("粤财社〔2021〕307号")));
  }

  @Test
  void hasItsNameAndVersion() {
    Module module = new FiscalTransferModule();
    assertEquals("FiscalTransferModule", module.getModuleName());
    assertEquals("io.github.fiscaltransfer/fiscal-transfer-serialization/0.1.0-SNAPSHOT",
        module.version().toFullString());
  }

  @Test
  void theHardenedMapperHasNoDefaultTyping() {
    ObjectMapper mapper = FiscalTransferMappers.newMapper();
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
  }
}
