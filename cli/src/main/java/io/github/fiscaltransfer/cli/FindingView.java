package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.fiscaltransfer.validation.Finding;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding as the command prints it in JSON and in the HTML report: the file and document it is about, and an
 * RFC 6901 JSON Pointer into that file's JSON.
 *
 * @param file the file holding the document, null if the document is not one of the files read
 * @param document the document's reference (发文字号, or the 绩效自评's year and grant), not null
 * @param rule the rule id, such as {@code table.sum}, not null
 * @param severity {@code error}, {@code warning} or {@code info}, not null
 * @param pointer where in the file, such as {@code /notice/allocations/0/table/lines/3}, not null
 * @param expected what the rule expected, or null
 * @param actual what the document has, or null
 * @param message why, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FindingView(String file, String document, String rule, String severity, String pointer, String expected,
    String actual, String message) {

  /** A chain finding's path names the child after an arrow, or the 绩效自评, before a colon. */
  private static final Pattern LOCATED = Pattern.compile("(?:.*[→⇢] )?(.+?): (.*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /**
   * Returns the view of a finding, reading the document and the pointer from the finding's path.
   *
   * @param finding the finding, not null
   * @param document the document validated, for findings whose path names none, not null
   * @param places where each document is, by reference, not null
   * @return the view, not null
   */
  static FindingView of(Finding finding, String document, Map<String, DocumentSet.Place> places) {
    String path = finding.path();
    Matcher located = LOCATED.matcher(path);
    if (located.matches()) {
      document = located.group(1);
      path = located.group(2);
    }
    DocumentSet.Place place = places.get(document);
    String root = place == null || path.startsWith("targets[") ? "" : place.root();
    return new FindingView(place == null ? null : place.file(), document, finding.ruleId(),
        finding.severity().id(), root + pointer(path), finding.expected().orElse(null),
        finding.actual().orElse(null), finding.message());
  }

  /** {@code allocations[0].table.lines[3]}: {@code /allocations/0/table/lines/3}; empty for an empty path. */
  static String pointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    return "/" + INDEX.matcher(path).replaceAll(".$1").replace("~", "~0").replace("/", "~1").replace('.', '/');
  }
}
