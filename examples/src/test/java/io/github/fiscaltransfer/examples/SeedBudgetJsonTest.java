package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.jackson.DepartmentBudgetSchema;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 004's JSON file is the Java-built seed, matches the schema, and writing what it reads gives back the same bytes. */
class SeedBudgetJsonTest {

  @Test
  void theFileHoldsTheJavaBuiltSeed() throws IOException {
    assertEquals(SeedBudget.document(), SeedBudgetJson.load());
  }

  @Test
  void readingAndWritingIsByteStable() throws IOException {
    String file;
    try (InputStream in = SeedBudgetJson.class.getResourceAsStream(SeedBudgetJson.FILE)) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DepartmentBudget read = SeedBudgetJson.load();
    assertEquals(file, SeedBudgetJson.normalised(read));
    assertEquals(file, SeedBudgetJson.normalised(SeedBudget.document()));
    assertEquals(Set.of(), DepartmentBudgetSchema.errors(FiscalTransferMappers.newMapper().readTree(file)));
  }
}
