package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.DivisionCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutations ({@link JsonMutations}) of a small valid document either read or fail with a
 * {@code JsonProcessingException} (from bytes: an {@code IOException}, as Jackson reports some encodings that way),
 * never another exception or error.
 */
class FuzzTest {

  /** One of every type the module handles. */
  record Everything(SubjectCode code, Subject subject, DocumentNumber number, FundLabel fund, ProjectCode project,
      DivisionCode division, AmountUnit unit, Quantum quantum, Urgency urgency, Map<SubjectCode, PrintedAmount> bySubject,
      List<PrintedAmount> amounts, Grant grant) {
  }

  private static final String VALID = "{\"code\":\"2101502\",\"subject\":\"2101502 一般行政管理事务\","
      + "\"number\":\"粤财社〔2021〕307号\",\"fund\":\"01 中央直达资金\",\"project\":\"Z155080000004\","
      + "\"division\":\"440781\",\"unit\":\"万元\",\"quantum\":\"0.01万元\",\"urgency\":\"extra_urgent\","
      + "\"bySubject\":{\"21015\":{\"figure\":\"7\",\"unit\":\"亿元\"}},"
      + "\"amounts\":[{\"figure\":\"194.00\",\"unit\":\"万元\"},{\"figure\":-0.01,\"unit\":\"元\"}],"
      + "\"grant\":{\"name\":\"补助\",\"fiscalYear\":2021,\"fundingSource\":\"central\","
      + "\"revenueSubject\":\"1100249\",\"expenditureSubject\":\"21015\",\"labels\":[\"01 中央直达资金\"]}}";

  /** Mutants per kind: 1,000, or 100,000 with {@code mvn -B verify -Pfuzz}. */
  private static final int TRIES = Integer.getInteger("fuzz.cases", 1_000);

  @Test
  void theValidDocumentReads() throws Exception {
    Everything value = Mappers.newMapper().readValue(VALID, Everything.class);
    assertEquals(VALID.replace("-0.01", "\"-0.01\""), Mappers.write(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"characters", "tokens"})
  void textMutationsReadOrFailCleanly(String kind) {
    Random random = new Random(20_240_308L);
    for (int i = 0; i < TRIES; i++) {
      String json = kind.equals("tokens") ? JsonMutations.tokens(VALID, random)
          : JsonMutations.characters(VALID, random);
      JsonMutations.readsOrFailsCleanly("Mutation " + i + " " + json,
          () -> Mappers.newMapper().readValue(json, Everything.class));
    }
  }

  @Test
  void byteMutationsReadOrFailCleanly() {
    Random random = new Random(8L);
    byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = JsonMutations.bytes(valid, random);
      JsonMutations.readsBytesOrFailsCleanly("Mutation " + i + " " + new String(bytes, StandardCharsets.ISO_8859_1),
          () -> Mappers.newMapper().readValue(bytes, Everything.class));
    }
  }
}
