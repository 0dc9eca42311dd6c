package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.jackson.DocumentFormat;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.jackson.FiscalTransferModule;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code *.json} documents with the hardened mapper, resolving units through a registry: final accounts (部门决算)
 * when they carry the final-accounts {@code $schema}, a department budget (部门预算) when it carries the budget
 * {@code $schema} or names a {@code department}, otherwise a notice document; a
 * grant that prints no fiscal year gets the {@code --year} given.
 */
final class JsonDocumentReader implements DocumentReader {

  private final JsonMapper mapper;
  private final Optional<Year> defaultYear;

  JsonDocumentReader(UnitRegistry units, Optional<Year> defaultYear) {
    this.mapper = FiscalTransferMappers.builder(FiscalTransferModule.withUnits(units)).build();
    this.defaultYear = defaultYear;
  }

  @Override
  public boolean reads(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  @Override
  public ReadDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode tree = mapper.readTree(in);
      if (tree == null || !tree.isObject()) {
        throw new UnreadableDocumentException(file, "", "not a JSON object", null);
      }
      if (DocumentFormat.FINAL_ACCOUNTS_SCHEMA_ID.equals(tree.path("$schema").asText())) {
        return ReadDocument.of(mapper.treeToValue(tree, FinalAccounts.class), Optional.empty());
      }
      if (isBudget(tree)) {
        return ReadDocument.of(mapper.treeToValue(tree, DepartmentBudget.class), Optional.empty());
      }
      defaultYear.ifPresent(year -> fillYear(tree.path("notice"), year));
      return ReadDocument.of(mapper.treeToValue(tree, NoticeDocument.class), Optional.empty());
    } catch (JsonProcessingException e) {
      throw new UnreadableDocumentException(file, where(e), e.getOriginalMessage(), e);
    }
  }

  private static boolean isBudget(JsonNode tree) {
    return DocumentFormat.BUDGET_SCHEMA_ID.equals(tree.path("$schema").asText()) || tree.has("department");
  }

  /** Gives every grant of a notice, and of the notices it confirms, the year where it prints none. */
  private static void fillYear(JsonNode notice, Year year) {
    notice.path("allocations").forEach(allocation -> {
      if (allocation.path("grant") instanceof ObjectNode grant && !grant.has("fiscalYear")) {
        grant.put("fiscalYear", year.getValue());
      }
    });
    notice.path("confirmed").forEach(confirmed -> fillYear(confirmed, year));
  }

  /** Line and column (where the parser still knows them) and the JSON Pointer of the failing value. */
  private static String where(JsonProcessingException e) {
    StringBuilder where = new StringBuilder();
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      where.append("line ").append(e.getLocation().getLineNr())
          .append(", column ").append(e.getLocation().getColumnNr());
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      where.append(where.length() > 0 ? ", " : "").append("at ").append(pointer(mapping));
    }
    return where.toString();
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer.append('/');
      pointer.append(reference.getFieldName() != null
          ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
          : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }
}
