package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The JSON shape of a {@link Finding}: rule id, severity by id, the document (left out when the finding names
 * none), the JSON Pointer into it as text ({@code ""} for the whole document), expected and actual as printed (left
 * out when absent), the English message, and the message key (left out when it is the rule id) with the named
 * arguments (left out when none) that fill the key's template in every language. JSON written before keys and
 * arguments existed still reads: the key is then the rule id, and there are no arguments.
 *
 * @param ruleId the rule's id, such as {@code table.sum}
 * @param severity the severity
 * @param document the document's 发文字号 or stable key, or null for none
 * @param pointer where in the document's JSON form, such as {@code /allocations/0/table/declaredTotal}
 * @param source where a reader found it in the source file, such as {@code line 91, column 1}, or null
 * @param expected what the rule expected, or null
 * @param actual what the document has, or null
 * @param message why, in English
 * @param key the message key, or null where it is the rule id
 * @param arguments the message's arguments by name in order, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ruleId", "severity", "document", "pointer", "source", "expected", "actual", "message", "key",
    "arguments"})
record FindingJson(String ruleId, Severity severity, String document, String pointer, String source, String expected,
    String actual, String message, String key, LinkedHashMap<String, String> arguments) {

  /**
   * Returns the shape of a finding.
   *
   * @param finding the finding, not null
   * @return its JSON shape, not null
   */
  static FindingJson of(Finding finding) {
    return new FindingJson(finding.ruleId(), finding.severity(),
        finding.document().isEmpty() ? null : finding.document(), finding.pointer().toString(),
        finding.source().orElse(null), finding.expected().orElse(null), finding.actual().orElse(null), finding.message(),
        finding.key().equals(finding.ruleId()) ? null : finding.key(),
        finding.arguments().isEmpty() ? null : new LinkedHashMap<>(finding.arguments()));
  }

  Finding toFinding() {
    Finding.Builder builder = Finding.builder();
    Shapes.ifPresent(ruleId, builder::ruleId);
    Shapes.ifPresent(severity, builder::severity);
    Shapes.ifPresent(document, builder::document);
    Shapes.ifPresent(pointer, text -> builder.pointer(Shapes.at("pointer", () -> JsonPointer.parse(text))));
    Shapes.ifPresent(message, builder::message);
    Shapes.ifPresent(key, builder::key);
    Shapes.ifPresent(arguments, builder::arguments);
    return builder.source(Optional.ofNullable(source)).expected(Optional.ofNullable(expected)).actual(Optional.ofNullable(actual)).build();
  }
}
