package io.github.fiscaltransfer.reader.sheet;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing (Jazzer) of the workbook reader on any bytes (issue #35): it reads a table with findings
 * or refuses the file with an {@link UnreadableWorkbookException} whose message names no Java exception or library
 * setting; whatever it reads validates and prints without throwing. Without {@code JAZZER_FUZZ=1} this replays the
 * inputs under {@code AllocationSheetFuzzTestInputs/} (the intake workbooks of issue #35); to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B -pl reader -am test -Dtest=AllocationSheetFuzzTest -Djazzer.hooks=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AllocationSheetFuzzTest {

  private static final AllocationSheetReader READER = AllocationSheetReader.builtIn();
  private static final FiscalUnit JIANGMEN = UnitRegistry.builtIn().byName("江门市").orElseThrow();
  /** What a budget officer should never read in a message: a Java or POI name, or a hint to change a setting. */
  private static final Pattern JAVA_WORDS = Pattern.compile("Exception|java\\.|org\\.apache|ZipSecureFile|IOUtils"
      + "|\\(\\)");

  @FuzzTest(maxDuration = "60s")
  void readAnyWorkbook(byte[] input) throws IOException {
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      Files.write(file, input);
      ReadResult<AllocationTable> read = READER.read(file, JIANGMEN);
      FindingLanguages.assertBothLanguages(read);
      read.document().ifPresent(table -> {
        NoticeValidator.builtIn().validate(table, JIANGMEN).toString();
        table.toString();
      });
    } catch (UnreadableWorkbookException e) {
      assertFalse(JAVA_WORDS.matcher(e.getMessage()).find(), e::getMessage);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
