package io.github.fiscaltransfer.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Messages;
import java.util.Locale;
import java.util.Set;

/** Checks that a reader's findings speak both languages, for every test and fuzz target that reads a source. */
public final class FindingLanguages {

  private FindingLanguages() {}

  /**
   * Asserts that each finding of a read has its case's template in English and in Chinese, and that the Chinese
   * names nothing the finding does not carry (the English is checked when the finding is made).
   *
   * @param read the result, not null
   */
  public static void assertBothLanguages(ReadResult<?> read) {
    read.report().findings().findings().forEach(FindingLanguages::assertBothLanguages);
  }

  /**
   * Asserts that a {@code read.*} finding speaks both languages.
   *
   * @param finding the finding, not null
   */
  public static void assertBothLanguages(Finding finding) {
    String key = finding.key();
    assertTrue(key.startsWith(finding.ruleId() + '.'), () -> "a read finding has a case of its rule: " + finding);
    assertTrue(Messages.ownTemplate(key, Locale.ROOT).isPresent(), () -> "English for " + key);
    assertTrue(Messages.ownTemplate(key, Locale.SIMPLIFIED_CHINESE).isPresent(), () -> "Chinese for " + key);
    assertEquals(Set.of(), Messages.missing(key, Locale.SIMPLIFIED_CHINESE, finding.arguments()),
        () -> "the Chinese of " + finding);
  }
}
