package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.testing.MoneyDomain;
import io.github.fiscaltransfer.testing.SubjectDomain;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** read(write(x)) equals x, value and scale, over the core test-jar's jqwik domains. */
class RoundTripPropertiesTest {

  @Property
  @Domain(MoneyDomain.class)
  void printedAmountsRoundTripWithTheirScale(@ForAll PrintedAmount amount) {
    String json = Mappers.write(amount);
    PrintedAmount back = Mappers.read(json, PrintedAmount.class);
    assertEquals(amount, back);
    assertEquals(amount.scale(), back.scale());
    assertEquals(amount.figure().toPlainString(), back.figure().toPlainString());
    assertEquals("{\"figure\":\"" + amount.figure().toPlainString() + "\",\"unit\":\"" + amount.unit().label() + "\"}",
        json);
  }

  @Property
  @Domain(MoneyDomain.class)
  void aPlainJsonNumberFigureReadsAsTheSameAmount(@ForAll PrintedAmount amount) {
    String json = "{\"figure\":" + amount.figure().toPlainString() + ",\"unit\":\"" + amount.unit().label() + "\"}";
    PrintedAmount back = Mappers.read(json, PrintedAmount.class);
    assertEquals(amount, back);
    assertEquals(0, amount.figure().compareTo(new BigDecimal(back.figure().toPlainString())));
  }

  @Property
  @Domain(MoneyDomain.class)
  void quantaRoundTrip(@ForAll Quantum quantum) {
    assertEquals(quantum, Mappers.read(Mappers.write(quantum), Quantum.class));
  }

  @Property
  @Domain(SubjectDomain.class)
  void subjectCodesRoundTrip(@ForAll SubjectCode code) {
    assertEquals("\"" + code + "\"", Mappers.write(code));
    assertEquals(code, Mappers.read(Mappers.write(code), SubjectCode.class));
  }

  @Property
  @Domain(SubjectDomain.class)
  void namelessSubjectsRoundTrip(@ForAll SubjectCode code) {
    Subject subject = Subject.of(code);
    assertEquals(subject, Mappers.read(Mappers.write(subject), Subject.class));
  }
}
