package io.github.fiscaltransfer.jackson.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing (Jazzer) of the CSV table reader: any text either reads or is refused with an
 * {@link AllocationTableCsvException} naming a line; a table read writes and reads back equal (or is refused when
 * written), and validating it reports rather than throws.
 *
 * <p>{@code mvn -B verify} replays the inputs under {@code AllocationTableCsvFuzzTestInputs/} (seed 000's 附件1 and
 * one input per defect of #19: 5 and 7) as ordinary tests. To fuzz, see the module's README.
 */
class AllocationTableCsvFuzzTest {

  private static final AllocationTableCsv CSV = AllocationTableCsv.builtIn();
  private static final FiscalUnit GUANGDONG = UnitRegistry.builtIn().byName("广东省").orElseThrow();

  @FuzzTest(maxDuration = "60s")
  void readsOrReportsAndRoundTrips(byte[] input) {
    AllocationTable table;
    try {
      table = CSV.read(new StringReader(new String(input, StandardCharsets.UTF_8)), GUANGDONG);
    } catch (AllocationTableCsvException e) {
      assertTrue(e.line() >= 0, e::getMessage);
      return;
    }
    String written;
    try {
      written = CSV.write(table);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("Cannot write allocation table CSV: "), e::getMessage);
      return;
    }
    assertEquals(table, CSV.read(new StringReader(written), GUANGDONG), written);
    assertTrue(!table.toString().isEmpty());
    NoticeValidator.builtIn().validate(table, GUANGDONG);
  }
}
