package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How {@code validate} prints its reports: text for people, JSON for programs. */
enum OutputFormat {

  /**
   * One block a file: the file, the document and its report, one finding a line; for a published source, first
   * the reading findings, then the document's, each under its own heading.
   */
  TEXT {
    @Override
    void print(Map<DocumentSet.Entry, Checked> reports, PrintWriter out, PrintWriter err, CliText text) {
      reports.forEach((entry, checked) -> {
        if (entry.problem().isPresent()) {
          err.println(text.text("error.line", entry.problem().get()));
        } else if (checked.reading().isEmpty()) {
          out.println(text.text("validate.document", entry.file(), entry.key(),
              indent(text, checked.document(), "\n  ")));
        } else {
          out.println(text.text("validate.source", entry.file(), entry.document().orElseThrow().describe(text)));
          out.println(text.text("validate.reading", indent(text, checked.reading().get(), "\n    ")));
          out.println(text.text("validate.checked", indent(text, checked.document(), "\n    ")));
        }
      });
    }
  },

  /** One JSON object: {@code {"files": [{"file", "document", "kind", "reading": […], "findings": […]} or {"file",
   * "unreadable"}]}}, {@code reading} only for published sources. */
  JSON {
    @Override
    void print(Map<DocumentSet.Entry, Checked> reports, PrintWriter out, PrintWriter err, CliText text) {
      List<FileReport> files = new ArrayList<>();
      reports.forEach((entry, checked) -> files.add(new FileReport(entry.file().toString(),
          entry.document().map(document -> entry.key()).orElse(null),
          entry.document().map(document -> document.kind().name().toLowerCase(Locale.ROOT)).orElse(null),
          entry.problem().orElse(null),
          checked.reading().map(reading -> views(reading, entry)).orElse(null),
          entry.problem().isPresent() ? null : views(checked.document(), entry))));
      try {
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("files", files)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("fiscal-transfer bug: a report did not write as JSON", e);
      }
    }
  };

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Prints the reports: findings to {@code out}, files that could not be read to {@code err} (text, in the words
   * given) or in the JSON (whose messages are English, with each finding's rule id and arguments).
   */
  abstract void print(Map<DocumentSet.Entry, Checked> reports, PrintWriter out, PrintWriter err, CliText text);

  /**
   * What validating one file found.
   *
   * @param reading the findings of reading a published source ({@code read.*}), empty for JSON, not null
   * @param document the findings of validating the document, not null
   */
  record Checked(Optional<ValidationReport> reading, ValidationReport document) {}

  private static String indent(CliText text, ValidationReport report, String newLine) {
    return text.report(report).replace(System.lineSeparator(), newLine);
  }

  private static List<FindingView> views(ValidationReport report, DocumentSet.Entry entry) {
    return report.findings().stream().map(finding -> FindingView.inFile(finding, entry.file().toString())).toList();
  }

  /**
   * One file in the JSON output.
   *
   * @param file the file, not null
   * @param document the document's reference, null if unread
   * @param kind notice, self_evaluation, allocation_table or department_budget; null if unread
   * @param unreadable why the file could not be read, null if read
   * @param reading the findings of reading a published source ({@code read.*}), null for JSON or if unread
   * @param findings the findings of validating the document, null if unread
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record FileReport(String file, String document, String kind, String unreadable, List<FindingView> reading,
      List<FindingView> findings) {}
}
