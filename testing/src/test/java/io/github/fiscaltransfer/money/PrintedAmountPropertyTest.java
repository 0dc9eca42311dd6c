package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.testing.MoneyDomain;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** Round-trip and robustness properties of {@link PrintedAmount}'s text forms. */
@Domain(MoneyDomain.class)
class PrintedAmountPropertyTest {

  private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

  @Property
  void parsingTheCanonicalTextGivesBackAnEqualAmount(@ForAll PrintedAmount amount) {
    assertEquals(amount, PrintedAmount.parse(amount.toString()));
    assertEquals(amount, PrintedAmount.parse(amount.formatFigure(), amount.unit()));
  }

  @Property
  void documentStylesParseToTheSameValueAndScale(@ForAll PrintedAmount amount, @ForAll("styles") Style style) {
    PrintedAmount parsed = PrintedAmount.parse(style.print(amount));
    assertEquals(amount, parsed);
    assertTrue(PrintedAmount.parse(parsed.toString()).toAmount().isEqualTo(amount.toAmount()));
  }

  @Property
  void formattingInAnotherUnitKeepsTheValue(@ForAll PrintedAmount amount, @ForAll("units") AmountUnit unit) {
    PrintedAmount converted = PrintedAmount.inUnit(amount.toAmount(), unit, 10);
    assertTrue(converted.isSameAmountAs(amount));
  }

  @Property(tries = 3000)
  void fuzzedTextGivesAnAmountOrAParseExceptionAndNothingElse(@ForAll("fuzz") String text) {
    String outcome;
    try {
      PrintedAmount.parse(text, AmountUnit.WAN_YUAN);
      outcome = "parsed";
    } catch (AmountParseException e) {
      assertEquals(text, e.input());
      assertTrue(e.errorIndex() >= 0 && e.errorIndex() <= text.length(), "index within the input");
      outcome = "rejected";
    }
    Statistics.label("outcome").collect(outcome).coverage(check -> {
      check.check("parsed").percentage(p -> p > 5);
      check.check("rejected").percentage(p -> p > 5);
    });
  }

  @Provide
  Arbitrary<AmountUnit> units() {
    return Arbitraries.of(AmountUnit.class);
  }

  @Provide
  Arbitrary<String> fuzz() {
    Arbitrary<String> numberish = Arbitraries.strings().withChars("0123456789,.").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> junk = Arbitraries.strings()
        .withChars("0123456789" + FULL_WIDTH_DIGITS + ",，.．  \u3000-－元万亿x#")
        .ofMaxLength(14);
    Arbitrary<String> suffix = Arbitraries.of("", "万元", " 万元", "元", "亿元");
    return Arbitraries.oneOf(junk, numberish.map(s -> s.replaceFirst("^[,.]+", "1")))
        .flatMap(body -> suffix.map(body::concat));
  }

  @Provide
  Arbitrary<Style> styles() {
    return Arbitraries.of(Style.values());
  }

  /** Ways documents print the same amount. */
  enum Style {
    CANONICAL {
      @Override
      String print(PrintedAmount amount) {
        return amount.toString();
      }
    },
    SPACED {
      @Override
      String print(PrintedAmount amount) {
        return "  " + amount.formatFigure() + " " + amount.unit().label() + "\u3000";
      }
    },
    FULL_WIDTH {
      @Override
      String print(PrintedAmount amount) {
        StringBuilder text = new StringBuilder();
        amount.toString().chars().forEach(c -> text.append(fullWidth((char) c)));
        return text.toString();
      }
    },
    UNGROUPED {
      @Override
      String print(PrintedAmount amount) {
        return amount.figure().toPlainString() + amount.unit().label();
      }
    };

    abstract String print(PrintedAmount amount);

    private static char fullWidth(char c) {
      if (c >= '0' && c <= '9') {
        return FULL_WIDTH_DIGITS.charAt(c - '0');
      }
      return c == ',' ? '，' : c == '.' ? '．' : c;
    }
  }
}
