package io.github.fiscaltransfer.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Seed 004 as the normalised JSON file shipped under {@code /seeds/}, read with the hardened mapper.
 */
public final class SeedBudgetJson {

  /** The seed file, as a class-path resource. */
  public static final String FILE = "/seeds/004-shenzhen-healthcare-security-2022.json";

  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(FiscalTransferMappers.prettyPrinter());

  private SeedBudgetJson() {}

  /**
   * Reads seed 004 from its JSON file.
   *
   * @return the document, not null
   * @throws IOException if the file is missing or is not a valid department budget
   */
  public static DepartmentBudget load() throws IOException {
    try (InputStream in = SeedBudgetJson.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new FileNotFoundException("No class-path resource " + FILE);
      }
      return MAPPER.readValue(in, DepartmentBudget.class);
    }
  }

  /**
   * Returns a department budget's normalised JSON, as the seed file stores it, ending with a line feed.
   *
   * @param budget the document, not null
   * @return the JSON text, not null
   * @throws JsonProcessingException never for a valid document
   */
  public static String normalised(DepartmentBudget budget) throws JsonProcessingException {
    return WRITER.writeValueAsString(budget) + "\n";
  }
}
