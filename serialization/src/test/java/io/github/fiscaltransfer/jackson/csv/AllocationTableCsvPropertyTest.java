package io.github.fiscaltransfer.jackson.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeDomain;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.io.StringReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** Generated 江门市 tables survive CSV exactly: value, scale, unit, order, title and notes. */
@Domain(NoticeDomain.class)
@Domain(DomainContext.Global.class)
class AllocationTableCsvPropertyTest {

  private static final AllocationTableCsv CSV = AllocationTableCsv.builtIn();

  @Property(tries = 200)
  void readOfWriteIsTheSameTableAndWriteIsStable(@ForAll TransferNotice notice, @ForAll boolean decorated) {
    AllocationTable generated = notice.allocations().get(0).table().orElseThrow();
    AllocationTable table = decorated ? decorate(generated) : generated;
    Statistics.label("unit").collect(table.unit());
    Statistics.label("title and notes").collect(decorated);
    String written = CSV.write(table);
    AllocationTable read = CSV.read(new StringReader(written), notice.issuer());
    assertEquals(table, read, written);
    assertEquals(written, CSV.write(read));
  }

  /** A title with a comma and a note with a quote and a line break, so quoting is exercised. */
  private static AllocationTable decorate(AllocationTable table) {
    AllocationLine first = table.lines().get(0);
    AllocationTable.Builder decorated = AllocationTable.builder().from(table).title("附件1：资金分配表，单位万元")
        .lines(table.lines().subList(1, table.lines().size()));
    return decorated.addLines(first.withNote("含\"信息化\"建设\n第二行")).build();
  }
}
