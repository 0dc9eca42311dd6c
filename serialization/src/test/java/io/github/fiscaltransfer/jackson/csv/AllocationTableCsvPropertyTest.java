package io.github.fiscaltransfer.jackson.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.StringReader;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated tables of any issuer and year survive CSV exactly (read with the registry of the notice's year): value,
 * scale, unit, order, title and notes.
 */
@Domain(NoticeDomain.class)
@Domain(DomainContext.Global.class)
class AllocationTableCsvPropertyTest {

  private static final Map<Year, AllocationTableCsv> BY_YEAR = new ConcurrentHashMap<>();

  /** The CSV form that resolves names against the units of the notice's fiscal year. */
  private static AllocationTableCsv csv(TransferNotice notice) {
    return BY_YEAR.computeIfAbsent(notice.allocations().get(0).grant().fiscalYear(),
        year -> AllocationTableCsv.of(UnitRegistry.builtIn().asOf(year)));
  }

  @Property(tries = 200)
  void readOfWriteIsTheSameTableAndWriteIsStable(@ForAll TransferNotice notice, @ForAll boolean decorated) {
    AllocationTable generated = notice.allocations().get(0).table().orElseThrow();
    AllocationTable table = decorated ? decorate(generated) : generated;
    Statistics.label("unit").collect(table.unit());
    Statistics.label("title and notes").collect(decorated);
    String written = csv(notice).write(table);
    AllocationTable read = csv(notice).read(new StringReader(written), notice.issuer());
    assertEquals(table, read, written);
    assertEquals(written, csv(notice).write(read));
  }

  /**
   * A word put in a cell the table has no place for (after the last column of any row, or in the 合计 row's 地区 or
   * 备注) is refused on its line, naming it; put in a data row's empty 备注, it is kept as the note.
   */
  @Property(tries = 300)
  void aCellIsReadOrReportedNeverDropped(@ForAll TransferNotice notice, @ForAll @IntRange(max = 1_000) int row,
      @ForAll @IntRange(min = 1, max = 3) int after, @ForAll("words") String word) {
    AllocationTable table = notice.allocations().get(0).table().orElseThrow();
    List<String> rows = new ArrayList<>(List.of(csv(notice).write(table).split("\n")));
    int index = row % rows.size();
    boolean total = index == rows.size() - 1;
    boolean noteCell = index >= 2 && after == 1 && rows.get(index).endsWith(",");
    rows.set(index, total && after == 2 ? rows.get(index).replaceFirst(",,", "," + word + ",")
        : rows.get(index) + (noteCell ? "" : ",".repeat(after)) + word);
    String csv = String.join("\n", rows) + "\n";
    try {
      AllocationTable read = csv(notice).read(new StringReader(csv), notice.issuer());
      assertTrue(csv(notice).write(read).contains(word), csv);
      assertTrue(noteCell && !total, "kept only as a note: " + csv);
      Statistics.label("cell").collect("kept as a note");
    } catch (AllocationTableCsvException e) {
      assertEquals(index + 1, e.line(), e.getMessage());
      assertTrue(e.getMessage().contains(word), e::getMessage);
      Statistics.label("cell").collect(total ? "refused on the 合计 row" : "refused");
    }
    Statistics.label("cell").coverage(coverage -> {
      coverage.check("kept as a note").count(count -> count > 0);
      coverage.check("refused on the 合计 row").count(count -> count > 0);
    });
  }

  /** Any title and note either reads back exactly or is refused when written, never changed on the way. */
  @Property(tries = 300)
  void whateverIsWrittenReadsBack(@ForAll TransferNotice notice, @ForAll("texts") String title,
      @ForAll("texts") String note) {
    AllocationTable generated = notice.allocations().get(0).table().orElseThrow();
    AllocationTable table = AllocationTable.builder().from(generated).title(title)
        .lines(generated.lines().subList(1, generated.lines().size()))
        .addLines(generated.lines().get(0).withNote(note)).build();
    String written;
    try {
      written = csv(notice).write(table);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("Cannot write allocation table CSV: "), e::getMessage);
      Statistics.label("written").collect("refused");
      return;
    }
    assertEquals(table, csv(notice).read(new StringReader(written), notice.issuer()), written);
    Statistics.label("written").collect("read back");
    Statistics.label("written").coverage(coverage -> coverage.check("read back").percentage(p -> p > 10));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars(" \t\r\n,\"合计单位序号：:xy").ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("合计", "单位：万元", "序号", "备注", " 资金表", "资金表 ", "\"", ""));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("丢失备注说明xyz").ofMinLength(1).ofMaxLength(6);
  }

  /** A title with a comma and a note with a quote and a line break, so quoting is exercised. */
  private static AllocationTable decorate(AllocationTable table) {
    AllocationLine first = table.lines().get(0);
    AllocationTable.Builder decorated = AllocationTable.builder().from(table).title("附件1：资金分配表，单位万元")
        .lines(table.lines().subList(1, table.lines().size()));
    return decorated.addLines(first.withNote("含\"信息化\"建设\n第二行")).build();
  }
}
