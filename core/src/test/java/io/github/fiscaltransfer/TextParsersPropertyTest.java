package io.github.fiscaltransfer;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.fiscaltransfer.target.Observation;
import io.github.fiscaltransfer.target.Target;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The invariants of issue #19 over every {@link TextParser}, on the values the seeds print, mutated: whatever a parser
 * accepts prints a canonical text that reads back to an equal value; what it refuses, it refuses with its documented
 * exception; and it reads hostile input up to 1 Mi characters in linear time.
 */
class TextParsersPropertyTest {

  /** One mutated text for each parser, in {@link TextParser}'s order: 1,000 inputs a parser in a default run. */
  @Property
  void whatIsAcceptedReadsBackAndWhatIsRefusedIsRefusedAsDocumented(@ForAll("mutated") List<String> texts) {
    for (TextParser parser : TextParser.values()) {
      boolean accepted = parser.check(texts.get(parser.ordinal())).isPresent();
      Statistics.label(parser.name()).collect(accepted ? "accepted" : "refused").coverage(coverage -> {
        coverage.check("accepted").percentage(p -> p > 5);
        if (parser.refuses()) {
          coverage.check("refused").percentage(p -> p > 5);
        }
      });
    }
  }

  @Property(tries = 10, edgeCases = EdgeCasesMode.NONE)
  void everyParserIsLinear(@ForAll("fillers") char filler, @ForAll @IntRange(max = 100) int at,
      @ForAll boolean repeated, @ForAll @IntRange(max = 20) int seed) {
    Statistics.label("shape").collect(repeated ? "a seed repeated" : "'" + filler + "' repeated");
    for (TextParser parser : TextParser.values()) {
      parser.checkLinear(new Linearity.Hostile(parser.seeds().get(seed % parser.seeds().size()), filler, at, repeated));
    }
  }

  @Property
  void assessingAnObservationAgainstATargetNeverThrows(@ForAll("targets") String target,
      @ForAll("observations") String observed) {
    TextParser.OBSERVATION.check(observed)
        .ifPresent(observation -> assertNotNull(Target.parse(target).assess((Observation) observation)));
  }

  @Provide
  Arbitrary<List<String>> mutated() {
    return Combinators.combine(Arrays.stream(TextParser.values()).map(parser -> TextMutations.of(parser.seeds()))
        .toList()).as(texts -> texts);
  }

  @Provide
  Arbitrary<Character> fillers() {
    return TextMutations.special();
  }

  @Provide
  Arbitrary<String> targets() {
    return TextMutations.of(TextParser.TARGET.seeds());
  }

  @Provide
  Arbitrary<String> observations() {
    return TextMutations.of(TextParser.OBSERVATION.seeds());
  }
}
