package io.github.fiscaltransfer.cli;

import static io.github.fiscaltransfer.cli.CommandRun.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path folder;

  @Test
  void aCleanSeedExitsZero() {
    CommandRun run = CommandRun.of("validate", seed("000-guangdong-307.json"));
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.err());
    assertTrue(run.out().contains("粤财社〔2021〕307号: no findings"), run.out());
  }

  @Test
  void theSeedFolderHasErrorsInLiangheTemplate() {
    CommandRun run = CommandRun.of("validate", CommandRun.SEEDS);
    assertEquals(ExitCode.FINDINGS, run.exitCode());
    // Seed 001's target table is the blank template: "≥**次" where a figure belongs.
    assertTrue(run.out().contains("的通知#/targets/0/indicators/0/target: expected a figure, actual ≥**次"), run.out());
    assertTrue(run.out().contains("003-jiangmen-self-evaluation-2022.json  绩效自评 2022 江门市 "
        + "中央财政医疗服务与保障能力提升补助资金"), run.out());
  }

  @Test
  void warningsFailOnlyWhenStrict() {
    // Seed 002 prints no level-1 category for 医疗救助救助对象满意度(%): a warning.
    Path jiangmen = seed("002-jiangmen-16.json");
    assertEquals(ExitCode.CLEAN, CommandRun.of("validate", jiangmen).exitCode());
    CommandRun strict = CommandRun.of("validate", "--strict", jiangmen);
    assertEquals(ExitCode.FINDINGS, strict.exitCode());
    assertTrue(strict.out().contains("WARNING category.unstated"), strict.out());
  }

  @Test
  void aMisaddedTableIsAnError() throws IOException {
    // 广州市 357 → 457: the 21 lines add up to 10,931, not 10,831, more than rounding explains.
    Path broken = BrokenCopies.guangdong(folder, "\"figure\": \"357\"", "\"figure\": \"457\"");
    CommandRun run = CommandRun.of("validate", broken);
    assertEquals(ExitCode.FINDINGS, run.exitCode());
    assertTrue(run.out().contains("ERROR table.sum"), run.out());
  }

  @Test
  void anUnreadableFileNamesTheFileAndTheJsonPath() throws IOException {
    Path broken = BrokenCopies.guangdong(folder, "\"figure\": \"357\"", "\"figure\": \"十万元\"");
    CommandRun run = CommandRun.of("validate", broken, seed("000-guangdong-307.json"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("error: " + broken + ": "), run.err());
    assertTrue(run.err().contains("at /notice/allocations/0/table/lines/1/amount"), run.err());
    assertTrue(run.err().contains("from \"十万元\": the figure must be a plain decimal"), run.err());
    assertTrue(run.out().contains("粤财社〔2021〕307号: no findings"), "the readable file is still reported");
  }

  @Test
  void missingAndForeignFilesAreUnreadable() throws IOException {
    Path text = Files.writeString(folder.resolve("notice.docx"), "粤财社〔2021〕307号", StandardCharsets.UTF_8);
    Path pdf = Files.writeString(folder.resolve("notice.pdf"), "粤财社〔2021〕307号", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("validate", folder.resolve("absent.json"), text, pdf);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().contains(folder.resolve("absent.json") + ": no such file"), run.err());
    assertTrue(run.err().contains(text + ": not a kind of file the command reads"), run.err());
    assertTrue(run.err().contains(pdf + ": no text (PDF) could be read: ERROR read.unreadable"), run.err());
    assertTrue(run.err().contains("PDF refused: not a PDF PDFBox can parse"), run.err());
  }

  @Test
  void jsonFormatCarriesEveryFindingWithItsPointer() throws IOException {
    CommandRun run = CommandRun.of("validate", "--format", "json", seed("002-jiangmen-16.json"));
    JsonNode file = JsonMapper.builder().build().readTree(run.out()).path("files").path(0);
    assertEquals("江财社〔2023〕16号", file.path("document").asText());
    JsonNode finding = file.path("findings").path(0);
    assertEquals("category.unstated", finding.path("rule").asText());
    assertEquals("warning", finding.path("severity").asText());
    assertEquals("/targets/0/indicators/12/level1", finding.path("pointer").asText());
    assertEquals(1, file.path("findings").size());
  }

  @Test
  void aFolderOfManyFilesPrintsProgress() throws IOException {
    byte[] lianghe = Files.readAllBytes(seed("001-lianghe.json"));
    int count = DocumentSet.PROGRESS_THRESHOLD + 1;
    for (int i = 0; i < count; i++) {
      Files.write(folder.resolve(String.format("lianghe-%03d.json", i)), lianghe);
    }
    CommandRun run = CommandRun.of("validate", folder);
    assertTrue(run.err().contains("read 100 of " + count + " files"), run.err());
    assertTrue(run.err().contains("read " + count + " of " + count + " files"), run.err());
  }

  @Test
  void theYearFillsGrantsThatPrintNone() throws IOException {
    Path noYear = BrokenCopies.guangdong(folder, "\"fiscalYear\": 2022,", "");
    assertEquals(ExitCode.UNREADABLE, CommandRun.of("validate", noYear).exitCode());
    CommandRun run = CommandRun.of("validate", "--year", "2022", noYear);
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.err());
  }

  @Test
  void userUnitsAreAddedToTheBuiltInOnes() throws IOException {
    Path units = Files.writeString(folder.resolve("units.csv"), "code,name,aliases\n449900,测试市,\n",
        StandardCharsets.UTF_8);
    Path broken = BrokenCopies.guangdong(folder, "\"云浮市\",\n                \"code\": \"445300\"",
        "\"测试市\",\n                \"code\": \"449900\"");
    CommandRun builtIn = CommandRun.of("validate", "--strict", broken);
    assertEquals(ExitCode.FINDINGS, builtIn.exitCode(), builtIn.err());
    assertTrue(builtIn.out().contains("WARNING unit.unknown at 粤财社〔2021〕307号#/notice/allocations/0/table/lines/20/"
        + "recipient"), builtIn.out());
    CommandRun added = CommandRun.of("validate", "--units", units, broken);
    assertEquals(ExitCode.CLEAN, added.exitCode(), added.err());
    assertTrue(added.out().contains("粤财社〔2021〕307号: no findings"), added.out());
  }

  @Test
  void aUserCatalogReplacesTheBuiltInOneOfItsYear() throws IOException {
    Path catalog = Files.writeString(folder.resolve("subjects.csv"), "year,code,name,formerly\n2022,210,卫生健康支出,\n",
        StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("validate", "--catalog", catalog, seed("000-guangdong-307.json"));
    assertEquals(ExitCode.FINDINGS, run.exitCode());
    assertTrue(run.out().contains("ERROR subject.unknown"), run.out());
  }

  @Test
  void aMalformedCsvIsBadInput() throws IOException {
    Path units = Files.writeString(folder.resolve("units.csv"), "code,name,aliases\n44x,坏,\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("validate", "--units", units, seed("000-guangdong-307.json"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("error: " + units + ": Unit registry line 2"), run.err());
  }
}
