package io.github.fiscaltransfer.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.sheet.UnreadableWorkbookException;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import io.github.fiscaltransfer.reader.text.FinalAccountsTextReader;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.reader.text.SelfEvaluationTextReader;
import io.github.fiscaltransfer.reader.text.TextKind;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code read.*} message in English and Chinese: the two bundles hold the same keys, a Chinese template names
 * only what the finding carries, and every finding the readers make of the seeds, the real corpus and the intake
 * reproducers has both languages, filled completely.
 */
class ReadFindingLanguageTest {

  private static final String BUNDLE = "/io/github/fiscaltransfer/reader/ReadMessages";
  private static final Path RESOURCES = Path.of("src", "test", "resources");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{@?([A-Za-z][A-Za-z0-9]*)}");
  private static final UnitRegistry UNITS = UnitRegistry.builtIn();

  private static Properties english;
  private static Properties chinese;
  private static List<Finding> produced;

  @BeforeAll
  static void readTheBundlesAndEverySource() throws IOException {
    english = bundle(BUNDLE + ".properties");
    chinese = bundle(BUNDLE + "_zh.properties");
    produced = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        produced.addAll(findings(file));
      }
    }
  }

  private static Properties bundle(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReadFindingLanguageTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** What the readers find in one source: a text, a PDF or a workbook; none for any other file. */
  private static List<Finding> findings(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".txt")) {
      return text(Files.readString(file, StandardCharsets.UTF_8));
    }
    if (name.endsWith(".pdf")) {
      ReadResult<?> pdf = PdfTextReader.create().read(file);
      List<Finding> found = new ArrayList<>(pdf.report().findings().findings());
      pdf.document().map(text -> ((io.github.fiscaltransfer.reader.pdf.PdfText) text).text())
          .ifPresent(text -> found.addAll(text(text)));
      return found;
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      try {
        return AllocationSheetReader.of(UNITS).read(file, UNITS.byName("江门市").orElseThrow()).report().findings()
            .findings();
      } catch (UnreadableWorkbookException e) {
        return List.of();
      }
    }
    return List.of();
  }

  private static List<Finding> text(String text) {
    List<Finding> found = new ArrayList<>();
    switch (TextKind.of(text)) {
      case NOTICE -> found.addAll(NoticeTextReader.of(UNITS).read(text).report().findings().findings());
      case SELF_EVALUATION -> found.addAll(SelfEvaluationTextReader.of(UNITS).read(text).report().findings()
          .findings());
      case FINAL_ACCOUNTS -> found.addAll(FinalAccountsTextReader.create().read(text).report().findings().findings());
      case BUDGET -> {
        ReadResult<DepartmentBudget> budget = BudgetTextReader.create().read(text);
        found.addAll(budget.report().findings().findings());
        budget.document().ifPresent(read -> found.addAll(NarrativeTextReader.create().read(text, read).report()
            .findings().findings()));
      }
      default -> throw new AssertionError("a kind of text this test does not read: " + text.lines().findFirst());
    }
    return found;
  }

  @Test
  void bothBundlesHoldTheSameKeys() {
    assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
    for (ReadRule rule : ReadRule.values()) {
      assertEquals(rule.summary(), english.getProperty("summary." + rule.id()), rule.id());
      assertTrue(chinese.getProperty("summary." + rule.id()) != null, rule.id());
      assertTrue(english.stringPropertyNames().stream().anyMatch(key -> key.startsWith(rule.id() + '.')),
          "a message of " + rule.id());
    }
  }

  /**
   * A Chinese template names only what its finding carries: the English template's arguments (which every finding
   * fills, or it is not made) and, for a finding at a place in the source, its {@code line} and {@code text}.
   */
  @Test
  void aChineseTemplateNamesOnlyWhatItsFindingCarries() {
    for (String key : chinese.stringPropertyNames()) {
      Set<String> allowed = names(english.getProperty(key));
      if (key.startsWith("read.unreadable.")) {
        allowed.add("text");
      } else if (key.startsWith("read.") && !key.startsWith("read.absent.")) {
        allowed.addAll(List.of("line", "text"));
      }
      Set<String> named = names(chinese.getProperty(key));
      named.removeAll(allowed);
      assertEquals(Set.of(), named, key + " names what its finding does not carry: " + chinese.getProperty(key));
    }
  }

  private static Set<String> names(String template) {
    Set<String> names = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(template);
    while (placeholder.find()) {
      names.add(placeholder.group(1));
    }
    return names;
  }

  @Test
  void everyFindingOfTheSeedsTheCorpusAndTheReproducersReadsInBothLanguages() {
    assertTrue(produced.size() > 250, "the sources give findings to check: " + produced.size());
    Set<String> keys = new TreeSet<>();
    for (Finding finding : produced) {
      String key = finding.key();
      keys.add(key);
      FindingLanguages.assertBothLanguages(finding);
      assertEquals(finding.message(), finding.message(Locale.ENGLISH));
      assertNotEquals(finding.message(), finding.message(Locale.SIMPLIFIED_CHINESE), key);
      assertFalse(finding.message(Locale.SIMPLIFIED_CHINESE).contains("{"), finding::toString);
    }
    assertTrue(keys.size() >= 40, "the sources reach many cases: " + keys);
  }
}
