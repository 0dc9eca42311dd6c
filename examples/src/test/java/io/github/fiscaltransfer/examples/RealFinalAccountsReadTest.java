package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.reader.text.FinalAccountsTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The two filled 2024 部门决算 of the corpus read from their PDF and from {@code pdftotext -layout} (the reader's
 * test-jar holds both) into exactly the documents typed as JSON ({@link RealFinalAccounts}): every table, every row,
 * every name and every figure, with no reading finding.
 */
class RealFinalAccountsReadTest {

  private static final Map<String, String> SOURCES = Map.of(
      "/real/putuo-planning-resources-2024-final-accounts.json", "putuo-planning-resources-2024-final-accounts",
      "/real/putuo-social-work-2024-final-accounts.json", "putuo-social-work-2024-final-accounts");
  private static final List<Function<FinalAccounts, Object>> PARTS = List.of(FinalAccounts::year,
      FinalAccounts::department, FinalAccounts::units, FinalAccounts::summary, FinalAccounts::income,
      FinalAccounts::expenditure, FinalAccounts::appropriations, FinalAccounts::generalPublic,
      FinalAccounts::basicExpenditure, FinalAccounts::threePublic, FinalAccounts::governmentFund,
      FinalAccounts::stateCapital);

  @Test
  void everyFigureReadFromThePdfAndTheLayoutTextIsTheTypedOne() throws IOException {
    for (String json : RealFinalAccounts.FILES) {
      FinalAccounts typed = RealFinalAccounts.load(json);
      String name = SOURCES.get(json);
      String pdf = PdfTextReader.create().read(bytes("/real/" + name + ".pdf")).document().orElseThrow().layout();
      String layout = new String(bytes("/real/" + name + ".layout.txt"), StandardCharsets.UTF_8);
      for (String text : List.of(pdf, layout)) {
        ReadResult<FinalAccounts> read = FinalAccountsTextReader.create().read(text);
        assertEquals("0 values read; no findings", read.report().toString().strip(), name);
        FinalAccounts accounts = read.document().orElseThrow();
        for (Function<FinalAccounts, Object> part : PARTS) {
          assertEquals(part.apply(typed), part.apply(accounts), name);
        }
        assertEquals(typed, accounts, name);
      }
    }
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = Objects.requireNonNull(RealFinalAccountsReadTest.class.getResourceAsStream(resource),
        resource)) {
      return in.readAllBytes();
    }
  }
}
