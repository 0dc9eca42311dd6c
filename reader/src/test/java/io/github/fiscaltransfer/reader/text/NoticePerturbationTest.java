package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Extraction damage applied to the seed notice texts at random places. Named invariants, checked after each
 * perturbation (a line is re-broken between two printed characters, never at a space, whose place no reader could
 * know): "same document" (the notice read equals the one read from the undamaged text) and "named place"
 * (where the document differs, a {@code read.*} finding names the damaged line) — never a different value silently.
 */
class NoticePerturbationTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();
  /** Seed 000 prints no title: every read is given one, used only where the text prints none. */
  private static final String TITLE = "(title supplied)";
  private static final Map<String, List<String>> LINES = SeedTexts.NOTICES.stream()
      .collect(Collectors.toMap(seed -> seed, seed -> SeedTexts.text(seed).lines().toList()));
  private static final Map<String, ReadResult<TransferNotice>> ORIGINAL = SeedTexts.NOTICES.stream()
      .collect(Collectors.toMap(seed -> seed, seed -> READER.read(SeedTexts.text(seed), TITLE)));

  /** A seed, a line of it and a place in that line, chosen among the places a perturbation applies to. */
  record Place(String seed, int line, int column) {}

  @Property(tries = 300)
  void rebreakingProseLinesChangesNothing(@ForAll("proseBreaks") Place place, @ForAll boolean blankBetween) {
    List<String> lines = new ArrayList<>(LINES.get(place.seed()));
    String line = lines.get(place.line());
    lines.set(place.line(), line.substring(0, place.column()) + (blankBetween ? "\n\n" : "\n")
        + line.substring(place.column()));
    Statistics.label("seed").collect(place.seed().substring(7, 10));
    Statistics.label("blank line between").collect(blankBetween);
    assertSameDocument(place.seed(), read(lines));
  }

  @Property(tries = 300)
  void aSpaceInsideANumberIsJoinedOrNamed(@ForAll("digitPairs") Place place) {
    List<String> lines = new ArrayList<>(LINES.get(place.seed()));
    String line = lines.get(place.line());
    lines.set(place.line(), line.substring(0, place.column()) + " " + line.substring(place.column()));
    ReadResult<TransferNotice> read = read(lines);
    boolean same = read.document().equals(ORIGINAL.get(place.seed()).document());
    Statistics.label("outcome").collect(same ? "same document" : "finding names the line")
        .coverage(coverage -> coverage.check("finding names the line").count(n -> n > 0));
    Statistics.label("seed").collect(place.seed().substring(7, 10));
    assertTrue(same || namesLine(read, place.line()),
        () -> "line " + (place.line() + 1) + " changed silently: " + read.report());
  }

  @Property(tries = 100)
  void fullAndHalfWidthDigitsAndPunctuationReadTheSame(@ForAll("seeds") String seed, @ForAll long randomSeed) {
    Random random = new Random(randomSeed);
    List<String> lines = LINES.get(seed).stream().map(line -> swapWidths(line, random)).toList();
    assertSameDocument(seed, read(lines));
  }

  @Property(tries = 200)
  void pageFurnitureInsideATableIsLeftOutAndNamed(@ForAll("tableRows") Place place,
      @ForAll("furniture") String furniture) {
    List<String> lines = new ArrayList<>(LINES.get(place.seed()));
    String inserted = furniture.equals("header") ? header(lines, place.line()) : furniture;
    lines.add(place.line() + 1, inserted);
    Statistics.label("furniture").collect(furniture);
    ReadResult<TransferNotice> read = read(lines);
    assertSameDocument(place.seed(), read);
    assertTrue(read.report().findings().findings(ReadRule.PAGE_FURNITURE.id()).stream()
        .anyMatch(f -> f.source().orElse("").startsWith("line " + (place.line() + 2) + ",")), read.report()::toString);
  }

  @Property(tries = 200)
  void aWholePageBreakInsideATableReadsToTheSameTable(@ForAll("tableRows") Place place, @ForAll boolean pageNumber,
      @ForAll boolean continued, @ForAll boolean unit, @ForAll boolean header) {
    List<String> lines = new ArrayList<>(LINES.get(place.seed()));
    List<String> pageBreak = new ArrayList<>();
    if (pageNumber) {
      pageBreak.add("- 4 -");
    }
    if (continued) {
      pageBreak.add(attachment(lines, place.line()) + "（续）");
    }
    if (unit) {
      pageBreak.add(unitLine(lines, place.line()));
    }
    if (header || pageBreak.isEmpty()) {
      pageBreak.add(header(lines, place.line()));
    }
    lines.addAll(place.line() + 1, pageBreak);
    ReadResult<TransferNotice> read = read(lines);
    boolean same = read.document().equals(ORIGINAL.get(place.seed()).document());
    Statistics.label("page break").collect(pageNumber, continued, unit, header);
    Statistics.label("outcome").collect(same ? "same document" : "finding names the line")
        .coverage(coverage -> coverage.check("same document").percentage(p -> p > 80));
    boolean marked = pageNumber || continued;
    assertTrue(same || !marked && namesLine(read, place.line() + 1),
        () -> "page break after line " + (place.line() + 1) + " changed the document: " + read.report());
  }

  @Provide
  Arbitrary<String> seeds() {
    return Arbitraries.of(SeedTexts.NOTICES);
  }

  @Provide
  Arbitrary<String> furniture() {
    return Arbitraries.of("- 7 -", "— 12 —", "第 3 页", "第 2 页 共 5 页", "header");
  }

  @Provide
  Arbitrary<Place> proseBreaks() {
    return places(this::proseLines, NoticePerturbationTest::breakColumns);
  }

  @Provide
  Arbitrary<Place> digitPairs() {
    return places(seed -> IntStream.range(0, LINES.get(seed).size()).boxed().toList(),
        NoticePerturbationTest::digitPairColumns);
  }

  @Provide
  Arbitrary<Place> tableRows() {
    return Arbitraries.of(SeedTexts.NOTICES.stream().filter(seed -> !rowLines(seed).isEmpty()).toList())
        .flatMap(seed -> Arbitraries.of(rowLines(seed)).map(line -> new Place(seed, line, 0)));
  }

  /** Places in the chosen lines of each seed, at the columns a line offers (lines offering none are skipped). */
  private Arbitrary<Place> places(Function<String, List<Integer>> lines, Function<String, List<Integer>> columns) {
    return seeds().flatMap(seed -> {
      List<Integer> offering = lines.apply(seed).stream()
          .filter(line -> !columns.apply(LINES.get(seed).get(line)).isEmpty()).toList();
      return Arbitraries.of(offering).flatMap(line ->
          Arbitraries.of(columns.apply(LINES.get(seed).get(line))).map(column -> new Place(seed, line, column)));
    });
  }

  /** Columns between two printed characters, neither a space. */
  private static List<Integer> breakColumns(String line) {
    return IntStream.range(1, line.length())
        .filter(k -> !Character.isWhitespace(line.charAt(k - 1)) && !Character.isWhitespace(line.charAt(k)))
        .boxed().toList();
  }

  /** Lines of running text between an addressee and the attachment list. */
  private List<Integer> proseLines(String seed) {
    List<String> lines = LINES.get(seed);
    List<Integer> prose = new ArrayList<>();
    boolean inBody = false;
    for (int i = 0; i < lines.size(); i++) {
      String stripped = lines.get(i).strip();
      if (NoticeLines.isListStart(stripped)) {
        inBody = false;
      } else if (inBody && stripped.length() >= 2) {
        prose.add(i);
      }
      inBody |= NoticeLines.isAddressee(stripped);
    }
    return prose;
  }

  private static List<Integer> digitPairColumns(String line) {
    List<Integer> columns = new ArrayList<>();
    for (int k = 1; k < line.length(); k++) {
      if (Character.isDigit(line.charAt(k - 1)) && Character.isDigit(line.charAt(k))) {
        columns.add(k);
      }
    }
    return columns;
  }

  /** The 0-based lines the undamaged read took an allocation-table amount from. */
  private static List<Integer> rowLines(String seed) {
    return ORIGINAL.get(seed).report().positions().entrySet().stream()
        .filter(e -> e.getKey().contains("/table/lines/") && e.getKey().endsWith("/amount"))
        .map(e -> e.getValue().line() - 1).toList();
  }

  /** The 单位 line above a row. */
  private static String unitLine(List<String> lines, int row) {
    int unit = row;
    while (!NoticeLines.unit(lines.get(unit).strip()).matches()) {
      unit--;
    }
    return lines.get(unit);
  }

  /** The 附件 label above a row, or an empty string when none is printed. */
  private static String attachment(List<String> lines, int row) {
    for (int i = row; i >= 0; i--) {
      if (NoticeLines.attachmentPage(lines.get(i).strip()).matches()) {
        return lines.get(i).strip();
      }
    }
    return "";
  }

  /** The table's header row: the first line after the nearest 单位 line above a row. */
  private static String header(List<String> lines, int row) {
    int unit = row;
    while (!NoticeLines.unit(lines.get(unit).strip()).matches()) {
      unit--;
    }
    int header = unit + 1;
    while (lines.get(header).isBlank()) {
      header++;
    }
    return lines.get(header);
  }

  private static String swapWidths(String line, Random random) {
    StringBuilder out = new StringBuilder(line);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean betweenDigits = i > 0 && i + 1 < out.length() && Character.isDigit(line.charAt(i - 1))
          && Character.isDigit(line.charAt(i + 1));
      if (!random.nextBoolean()) {
        continue;
      }
      if (c >= '0' && c <= '9') {
        out.setCharAt(i, (char) (c - '0' + '０'));
      } else if (c == ',' && betweenDigits) {
        out.setCharAt(i, '，');
      } else if (c == '.' && betweenDigits) {
        out.setCharAt(i, '．');
      } else if (c == '：' || c == ':') {
        out.setCharAt(i, c == '：' ? ':' : '：');
      }
    }
    return out.toString();
  }

  private static ReadResult<TransferNotice> read(List<String> lines) {
    ReadResult<TransferNotice> read = READER.read(String.join("\n", lines), TITLE);
    FindingLanguages.assertBothLanguages(read);
    return read;
  }

  private static boolean namesLine(ReadResult<TransferNotice> read, int line) {
    return read.report().findings().findings().stream().flatMap(f -> f.source().stream())
        .anyMatch(position -> position.startsWith("line " + (line + 1) + ","));
  }

  private static void assertSameDocument(String seed, ReadResult<TransferNotice> read) {
    Optional<TransferNotice> original = ORIGINAL.get(seed).document();
    assertTrue(original.isPresent(), seed);
    assertEquals(original, read.document(), read.report()::toString);
  }
}
