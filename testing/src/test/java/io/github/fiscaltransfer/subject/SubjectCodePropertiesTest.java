package io.github.fiscaltransfer.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import io.github.fiscaltransfer.testing.SubjectDomain;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

@Domain(SubjectDomain.class)
class SubjectCodePropertiesTest {

  @Property
  void parseReadsBackWhatToStringWrites(@ForAll SubjectCode code) {
    Statistics.label("level").collect(code.level());
    assertEquals(code, SubjectCode.parse(code.toString()));
  }

  @Property
  void parentStrictlyShortensAndIsAnAncestor(@ForAll SubjectCode code) {
    code.parent().ifPresent(parent -> {
      assertTrue(parent.digits().length() < code.digits().length());
      assertTrue(parent.isAncestorOf(code));
      assertEquals(code.level().ordinal() - 1, parent.level().ordinal());
    });
    assertEquals(code.level().ordinal(), code.ancestors().size());
  }

  @Property
  void isAncestorOfIsIrreflexive(@ForAll SubjectCode code) {
    assertFalse(code.isAncestorOf(code));
  }

  @Property
  void isAncestorOfIsAsymmetricAndTransitive(
      @ForAll SubjectCode a, @ForAll SubjectCode b, @ForAll SubjectCode c) {
    Statistics.label("related").collect(a.isAncestorOf(b) || b.isAncestorOf(c));
    if (a.isAncestorOf(b)) {
      assertFalse(b.isAncestorOf(a));
    }
    if (a.isAncestorOf(b) && b.isAncestorOf(c)) {
      assertTrue(a.isAncestorOf(c));
    }
  }

  @Property
  void fuzzedTextGivesACodeOrTheDocumentedException(@ForAll("fuzz") String text) {
    try {
      SubjectCode code = SubjectCode.parse(text);
      assertEquals(text.strip(), code.digits());
      Statistics.label("outcome").collect("code");
    } catch (FiscalParseException e) {
      assertTrue(e.errorIndex() >= 0 && e.errorIndex() <= text.length(), e.getMessage());
      Statistics.label("outcome").collect("exception");
    }
  }

  @Provide
  Arbitrary<String> fuzz() {
    return Arbitraries.strings().withChars("0123456789 x-—（）").ofMaxLength(10);
  }
}
