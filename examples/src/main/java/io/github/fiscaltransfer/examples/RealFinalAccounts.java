package io.github.fiscaltransfer.examples;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The two filled 2024 部门决算 of the development corpus ({@code ../shared/real/}: 上海市普陀区规划和自然资源局 and
 * 中共上海市普陀区委社会工作部, public disclosures of their publishers), typed from their tables as JSON files under
 * {@code /real/}, every figure as printed, and read with the hardened mapper.
 */
public final class RealFinalAccounts {

  /** The files, as class-path resources. */
  public static final List<String> FILES = List.of("/real/putuo-planning-resources-2024-final-accounts.json",
      "/real/putuo-social-work-2024-final-accounts.json");

  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();

  private RealFinalAccounts() {}

  /**
   * Reads one of the files.
   *
   * @param file one of {@link #FILES}, not null
   * @return the document, not null
   * @throws IOException if the file is missing or is not valid final accounts
   */
  public static FinalAccounts load(String file) throws IOException {
    try (InputStream in = RealFinalAccounts.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new FileNotFoundException("No class-path resource " + file);
      }
      return MAPPER.readValue(in, FinalAccounts.class);
    }
  }

  /**
   * Reads both documents, in the order of {@link #FILES}.
   *
   * @return the documents, not null
   * @throws IOException if a file is missing or is not valid final accounts
   */
  public static List<FinalAccounts> load() throws IOException {
    List<FinalAccounts> documents = new ArrayList<>();
    for (String file : FILES) {
      documents.add(load(file));
    }
    return documents;
  }
}
