package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How {@code validate} prints its reports: text for people, JSON for programs. */
enum OutputFormat {

  /** One block a file: the file, the document and its report, one finding a line. */
  TEXT {
    @Override
    void print(Map<DocumentSet.Entry, ValidationReport> reports, PrintWriter out, PrintWriter err) {
      reports.forEach((entry, report) -> {
        if (entry.problem().isPresent()) {
          err.println("error: " + entry.problem().get());
        } else {
          out.println(entry.file() + "  " + entry.key() + ": " + report.toString().replace("\n", "\n  "));
        }
      });
    }
  },

  /** One JSON object: {@code {"files": [{"file", "document", "findings": […]} or {"file", "unreadable"}]}}. */
  JSON {
    @Override
    void print(Map<DocumentSet.Entry, ValidationReport> reports, PrintWriter out, PrintWriter err) {
      List<FileReport> files = new ArrayList<>();
      reports.forEach((entry, report) -> files.add(new FileReport(entry.file().toString(),
          entry.document().map(document -> entry.key()).orElse(null), entry.problem().orElse(null),
          entry.problem().isPresent() ? null : report.findings().stream()
              .map(finding -> FindingView.inFile(finding, entry.file().toString())).toList())));
      try {
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("files", files)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("fiscal-transfer bug: a report did not write as JSON", e);
      }
    }
  };

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Prints the reports: findings to {@code out}, files that could not be read to {@code err} (text) or in the
   * JSON.
   */
  abstract void print(Map<DocumentSet.Entry, ValidationReport> reports, PrintWriter out, PrintWriter err);

  /**
   * One file in the JSON output.
   *
   * @param file the file, not null
   * @param document the document's reference, null if unread
   * @param unreadable why the file could not be read, null if read
   * @param findings the findings, null if unread
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record FileReport(String file, String document, String unreadable, List<FindingView> findings) {}
}
