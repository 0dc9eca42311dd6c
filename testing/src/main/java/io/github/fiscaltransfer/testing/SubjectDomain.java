package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.subject.SubjectCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of budget subject codes: any valid code of every classification and level, drawn from a small
 * digit alphabet so that generated codes are often ancestors of one another.
 *
 * <p>Use with {@code @Domain(SubjectDomain.class)} and take {@code @ForAll SubjectCode code}.
 */
public class SubjectDomain extends DomainContextBase {

  /**
   * Valid subject codes (科目编码) of 3, 5 or 7 digits.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<SubjectCode> subjectCodes() {
    Arbitrary<Character> first = Arbitraries.of('1', '2', '3', '5');
    Arbitrary<String> rest = Arbitraries.strings().withChars("0129").ofLength(6);
    Arbitrary<Integer> length = Arbitraries.of(3, 5, 7);
    return Combinators.combine(first, rest, length).as((f, r, n) -> f + r.substring(0, n - 1))
        .filter(digits -> !((digits.charAt(0) == '3' || digits.charAt(0) == '5')
            && (digits.length() == 7 || digits.startsWith("00", 1))))
        .map(SubjectCode::of);
  }
}
