package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The shared test helper: one hardened mapper, and write/read shortcuts that do not declare checked exceptions. */
final class Mappers {

  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();

  private Mappers() {
  }

  static JsonMapper newMapper() {
    return MAPPER;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
