package io.github.fiscaltransfer.reader.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue #35's invariants of the workbook reader over generated tables (江门市's eight recipients, figures in 万元 at
 * two decimals, each cell in one of the number formats finance bureaus use, some holding digits their format
 * hides): nothing but a documented exception is thrown; every figure read equals the number its cell holds, and a
 * cell whose display hides digits is never read but named by a {@code read.value} finding. Writing a workbook costs
 * about a second here, hence 30 tries.
 */
class AllocationSheetReaderPropertyTest {

  private static final AllocationSheetReader READER = AllocationSheetReader.builtIn();
  private static final FiscalUnit JIANGMEN = UnitRegistry.builtIn().byName("江门市").orElseThrow();
  private static final String[] NAMES = {"市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"};
  private static final List<String> FORMATS = List.of("0.00", "#,##0.00", "0.00\"万元\"", "#,##0.00_ ",
      "[Red]0.00;[Blue]-0.00", "#,##0.00;(#,##0.00)", "General", "0.00E+00", "0.0", "0");

  /** One figure cell: the figure meant, the digits hidden beyond it (0 for none), and the cell's format. */
  record Cell(BigDecimal figure, int hidden, String format) {
    BigDecimal held() {
      return figure.add(BigDecimal.valueOf(hidden, 6));
    }

    double value() {
      return held().doubleValue();
    }
  }

  @Provide
  Arbitrary<List<Cell>> tables() {
    Arbitrary<BigDecimal> figures = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999.99"))
        .ofScale(2);
    Arbitrary<Integer> hidden = Arbitraries.frequency(
        net.jqwik.api.Tuple.of(4, 0), net.jqwik.api.Tuple.of(1, 458));
    return Combinators.combine(figures, hidden, Arbitraries.of(FORMATS)).as(Cell::new).list().ofSize(NAMES.length);
  }

  @Property(tries = 30)
  void everyFigureReadIsTheCellsOrAFindingNamesIt(@ForAll("tables") List<Cell> cells) throws IOException {
    Path file = Files.createTempFile("table", ".xlsx");
    try {
      Workbooks book = Workbooks.xlsx("附件1").text(0, 0, "分配表").text(1, 3, "单位：万元")
          .text(2, 0, "序号", "地区", "金额", "备注");
      for (int i = 0; i < NAMES.length; i++) {
        book.text(3 + i, 1, NAMES[i]).formatted(3 + i, 2, cells.get(i).value(), cells.get(i).format());
      }
      ReadResult<AllocationTable> read = READER.read(book.text(11, 1, "合计").number(11, 2, 1, true).write(file),
          JIANGMEN);
      Set<String> named = read.report().findings().findings(ReadRule.VALUE.id()).stream()
          .map(f -> f.source().orElseThrow()).collect(Collectors.toSet());
      AllocationTable table = read.document().orElseThrow();
      for (int i = 0; i < NAMES.length; i++) {
        Cell cell = cells.get(i);
        String name = NAMES[i];
        List<AllocationLine> lines = table.lines().stream().filter(l -> l.recipient().name().equals(name)).toList();
        String place = "附件1 row " + (4 + i) + ", column 3";
        if (lines.isEmpty()) {
          assertTrue(named.contains(place), () -> cell + " neither read nor named: " + read.report());
          Statistics.label("figure").collect("named by a finding");
        } else {
          assertEquals(0, lines.get(0).amount().figure().compareTo(cell.held()), () -> cell + " read as "
              + lines.get(0).amount());
          assertTrue(cell.hidden() == 0 || cell.format().equals("General"), () -> cell + " read, its digits hidden");
          Statistics.label("figure").collect("read as held");
        }
      }
      Statistics.label("figure").coverage(check -> {
        check.check("read as held").count(n -> n > 0);
        check.check("named by a finding").count(n -> n > 0);
      });
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
