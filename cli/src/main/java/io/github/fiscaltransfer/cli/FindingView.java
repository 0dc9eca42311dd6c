package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.fiscaltransfer.validation.Finding;
import java.util.Map;

/**
 * A finding as the command prints it in JSON and in the HTML report: the file and document it is about, and an
 * RFC 6901 JSON Pointer into that file's JSON.
 *
 * @param file the file holding the document, null if the document is not one of the files read
 * @param document the document's reference (发文字号, or a stable key where it has none), not null
 * @param rule the rule id, such as {@code table.sum}, not null
 * @param severity {@code error}, {@code warning} or {@code info}, not null
 * @param pointer where in the file, such as {@code /notice/allocations/0/table/lines/3}, not null
 * @param source where a reader found it in the source file, such as {@code line 91, column 1}, or null
 * @param expected what the rule expected, or null
 * @param actual what the document has, or null
 * @param message why, in English (stable, as tools may read it), not null
 * @param key the message's key where it is a variant of the rule (such as {@code read.not-read.target-table}), else null
 * @param arguments the message's named arguments as printed (amounts in the document's unit), null if none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FindingView(String file, String document, String rule, String severity, String pointer, String source,
    String expected, String actual, String message, String key, Map<String, String> arguments) {

  /**
   * Returns the view of a finding of a file's own validation, whose pointer is already into the file's JSON.
   *
   * @param finding the finding, not null
   * @param file the file, not null
   * @return the view, not null
   */
  static FindingView inFile(Finding finding, String file) {
    return of(finding, file, finding.pointer().toString());
  }

  /**
   * Returns the view of a chain finding, whose pointer is into the JSON of the notice (or self-evaluation) it
   * names: placed in the file and under the part of it that holds that document.
   *
   * @param finding the finding, not null
   * @param places where each document is, by reference, not null
   * @return the view, not null
   */
  static FindingView inFlow(Finding finding, Map<String, DocumentSet.Place> places) {
    DocumentSet.Place place = places.get(finding.document());
    return place == null ? of(finding, null, finding.pointer().toString())
        : of(finding, place.file(), place.root() + finding.pointer());
  }

  private static FindingView of(Finding finding, String file, String pointer) {
    return new FindingView(file, finding.document(), finding.ruleId(), finding.severity().id(), pointer,
        finding.source().orElse(null), finding.expected().orElse(null), finding.actual().orElse(null), finding.message(),
        finding.key().equals(finding.ruleId()) ? null : finding.key(),
        finding.arguments().isEmpty() ? null : finding.arguments());
  }
}
