package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A generated allocation table printed as 附件1 of seed 000's text in a random {@link TableLayout}, read back with
 * the notice text reader: the same table, or a {@code read.*} finding naming a line of the damage — never a
 * different amount. The statistics show every variant drawn.
 */
class TableLayoutPropertyTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();
  private static final List<String> SEED = SeedTexts.text(SeedTexts.GUANGDONG_307).lines().toList();
  private static final List<String> BEFORE = SEED.subList(0, SEED.indexOf(" 附件1"));
  private static final List<String> AFTER = SEED.subList(SEED.indexOf(" 附件2"), SEED.size());

  /** A table and the layout it is printed in. */
  record Case(AllocationTable table, TableLayout layout) {}

  @Property(tries = 300)
  void aTableInAnyLayoutReadsBackOrNamesTheDamage(@ForAll("cases") Case printed) {
    TableLayout layout = printed.layout();
    TableLayout.Printed text = layout.print(BEFORE, printed.table(), AFTER);
    ReadResult<TransferNotice> read = READER.read(text.text(), "title");
    Optional<AllocationTable> table = read.document().flatMap(n -> n.allocations().get(0).table());
    boolean same = table.map(t -> t.lines().equals(printed.table().lines())
        && t.declaredTotal().equals(printed.table().declaredTotal())).orElse(false);
    statistics(layout, same);
    assertTrue(same || !text.damagedLines().isEmpty() && namesALine(read, text.damagedLines()),
        () -> layout + "\n" + text.text() + "\n" + read);
  }

  @Provide
  Arbitrary<Case> cases() {
    return NoticeDomain.notices(UnitRegistry.builtIn().byName("广东省").orElseThrow(), Year.of(2022))
        .map(notice -> notice.allocations().get(0).table().orElseThrow())
        .flatMap(table -> TableLayout.layouts(table.lines().size()).map(layout -> new Case(table, layout)));
  }

  private static boolean namesALine(ReadResult<TransferNotice> read, java.util.Set<Integer> lines) {
    return read.report().findings().findings().stream().flatMap(f -> f.source().stream())
        .anyMatch(source -> lines.stream().anyMatch(line -> source.startsWith("line " + line + ",")));
  }

  private static void statistics(TableLayout layout, boolean same) {
    Statistics.label("cells split by").collect(layout.tabs() ? "tabs" : "spaces");
    Statistics.label("thousands separators").collect(layout.separators());
    Statistics.label("full-width digits").collect(layout.fullWidth());
    Statistics.label("序号").collect(layout.serials());
    Statistics.label("合计 first").collect(layout.totalFirst());
    Statistics.label("page break").collect(layout.pageBreak() < 0 ? "none"
        : (layout.pageNumber() ? "page number " : "") + (layout.continued() ? "（续） " : "")
            + (layout.repeatCaption() || !layout.pageNumber() && !layout.continued() ? "单位 and header" : ""));
    Statistics.label("wrapped name").collect(layout.wrap() >= 0);
    Statistics.label("line ends").collect(layout.crlf() ? "CRLF" : "LF");
    Statistics.label("byte-order mark").collect(layout.bom());
    Statistics.label("outcome").collect(same ? "same table" : "finding names the damaged line");
  }
}
