package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module is found through {@code META-INF/services}, reports its version and survives Java serialization. */
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
  void theMapperSurvivesJavaSerializationWithTheModule() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(FiscalTransferMappers.newMapper());
    }
    ObjectMapper copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ObjectMapper) in.readObject();
    }
    assertEquals(Map.of(SubjectCode.of("21015"), Urgency.URGENT),
        copy.readValue("{\"21015\":\"urgent\"}", new TypeReference<Map<SubjectCode, Urgency>>() { }));
  }

  @Test
  void aMapperWithACustomUnitRegistryRefusesJavaSerialization() throws Exception {
    UnitRegistry units = UnitRegistry.read(new StringReader("code,name,aliases\n530000,云南省,\n"));
    ObjectMapper mapper = FiscalTransferMappers.builder(FiscalTransferModule.withUnits(units)).build();
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      NotSerializableException e = assertThrows(NotSerializableException.class, () -> out.writeObject(mapper));
      assertEquals("A module with a custom UnitRegistry is not Java-serializable", e.getMessage());
    }
  }

  @Test
  void theHardenedMapperHasNoDefaultTyping() {
    ObjectMapper mapper = FiscalTransferMappers.newMapper();
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
  }
}
