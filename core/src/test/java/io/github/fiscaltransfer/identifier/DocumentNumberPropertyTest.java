package io.github.fiscaltransfer.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class DocumentNumberPropertyTest {

  @Property
  void parseReadsBackWhatToStringWrites(@ForAll("numbers") DocumentNumber number) {
    assertEquals(number, DocumentNumber.parse(number.toString()));
  }

  @Property(tries = 2000)
  void fuzzedTextGivesANumberOrTheDocumentedException(@ForAll("fuzz") String text) {
    try {
      DocumentNumber number = DocumentNumber.parse(text);
      assertEquals(number, DocumentNumber.parse(number.toString()));
      Statistics.label("outcome").collect("number");
    } catch (FiscalParseException e) {
      assertTrue(e.errorIndex() >= 0 && e.errorIndex() <= text.length(), e.getMessage());
      Statistics.label("outcome").collect("exception");
    }
  }

  @Provide
  Arbitrary<DocumentNumber> numbers() {
    Arbitrary<String> issuer = Arbitraries.of("粤财社", "江财社", "德财社", "财社", "粤医保便函", "江府");
    return Combinators.combine(issuer, Arbitraries.integers().between(1949, 9999), Arbitraries.integers().between(1, 99_999))
        .as(DocumentNumber::of);
  }

  @Provide
  Arbitrary<String> fuzz() {
    Arbitrary<String> mutated = numbers().map(DocumentNumber::toString)
        .flatMap(text -> Arbitraries.strings().withChars("0123456789〔〕[]（）号 x粤").ofMaxLength(3)
            .flatMap(noise -> Arbitraries.integers().between(0, text.length())
                .map(at -> text.substring(0, at) + noise + text.substring(Math.min(text.length(), at + noise.length() % 2)))));
    return Arbitraries.oneOf(mutated, Arbitraries.strings().withChars("粤财社〔〕[]（）0123456789号 ").ofMaxLength(20));
  }
}
