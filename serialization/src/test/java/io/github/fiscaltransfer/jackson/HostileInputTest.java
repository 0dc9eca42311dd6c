package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents built to exhaust a reader are rejected by the hardened mapper with a clear message. */
class HostileInputTest {

  /** A holder with a list of amounts. */
  record Table(List<PrintedAmount> amounts) {
  }

  private static <T extends Throwable> T rejects(Class<T> type, String json, Class<?> target, String fragment) {
    T e = assertThrows(type, () -> Mappers.newMapper().readValue(json, target));
    assertTrue(e.getMessage().contains(fragment), e::getMessage);
    return e;
  }

  /** A holder of anything. */
  record Loose(Object any) {
  }

  /** Inside a bean, Jackson wraps the parser's constraint error in a JsonMappingException naming the path. */
  private static void constraint(String json, Class<?> target, String fragment) {
    JsonMappingException e = rejects(JsonMappingException.class, json, target, fragment);
    assertTrue(e.getMessage().contains("(through reference chain: "), e::getMessage);
    assertInstanceOf(StreamConstraintsException.class, e.getCause());
  }

  @Test
  void tenThousandDeepNestingIsRejected() {
    String json = "[".repeat(10_000) + "]".repeat(10_000);
    rejects(StreamConstraintsException.class, json, JsonNode.class, "Document nesting depth (65) exceeds");
    rejects(StreamConstraintsException.class, json, Object.class, "exceeds the maximum allowed (64");
  }

  @Test
  void deepNestingInsideAnAmountIsRejected() {
    String json = "{\"figure\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"unit\":\"元\"}";
    rejects(MismatchedInputException.class, "{\"amounts\":[" + json + "]}", Table.class,
        "Cannot read PrintedAmount at /amounts/0/figure: the figure must be a JSON string such as \"194.00\"");
    constraint("{\"any\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", Loose.class, "nesting depth");
  }

  @Test
  void aMillionDigitNumberIsRejected() {
    String digits = "9".repeat(1_000_000);
    rejects(StreamConstraintsException.class, "[" + digits + "]", JsonNode.class, "Number value length");
    constraint("{\"amounts\":[{\"figure\":" + digits + ".5,\"unit\":\"元\"}]}",
        Table.class, "Number value length");
  }

  @Test
  void aMillionDigitFigureStringIsRejectedWithoutParsing() {
    String digits = "9".repeat(999_000);
    rejects(com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        "{\"amounts\":[{\"figure\":\"" + digits + "\",\"unit\":\"元\"}]}", Table.class,
        "Cannot read PrintedAmount at /amounts/0/figure from \"999999");
  }

  @Test
  void aHugeStringIsRejected() {
    String text = "x".repeat(2_000_000);
    rejects(StreamConstraintsException.class, "[\"" + text + "\"]", JsonNode.class, "String value length");
    constraint("{\"amounts\":[{\"figure\":\"1\",\"unit\":\"" + text + "\"}]}",
        Table.class, "String value length");
  }

  @Test
  void aHugePropertyNameIsRejected() {
    rejects(StreamConstraintsException.class, "{\"" + "k".repeat(10_000) + "\":1}", Map.class, "Name length");
  }

  @Test
  void duplicateKeysAreRejected() {
    rejects(JsonParseException.class, "{\"figure\":\"1\",\"figure\":\"2\",\"unit\":\"元\"}", PrintedAmount.class,
        "Duplicate field 'figure'");
    rejects(JsonParseException.class, "{\"a\":1,\"a\":2}", JsonNode.class, "Duplicate field 'a'");
  }

  @Test
  void trailingTokensAreRejected() {
    rejects(MismatchedInputException.class, "{\"figure\":\"1\",\"unit\":\"元\"} {}", PrintedAmount.class,
        "Trailing token");
    rejects(MismatchedInputException.class, "\"2101502\" \"2101503\"",
        io.github.fiscaltransfer.subject.SubjectCode.class, "Trailing token");
  }

  @Test
  void manySmallTokensAreCappedByTheTokenCount() {
    String json = "[" + "0,".repeat(1_100_000) + "0]";
    rejects(StreamConstraintsException.class, json, JsonNode.class, "Token count");
  }
}
