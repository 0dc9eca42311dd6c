package io.github.fiscaltransfer.reader;

import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reader found (读取报告): the source position of every value it read, keyed by the RFC 6901 JSON Pointer of
 * the value in the document's JSON form ({@code /allocations/0/table/lines/12/amount}), and a {@code read.*}
 * finding for everything it did not understand or could not find.
 *
 * <p>Immutable and thread-safe. Readers build it with {@link #builder()}.
 */
public final class ReadReport {

  private final Map<String, SourcePosition> positions;
  private final ValidationReport findings;

  private ReadReport(Map<String, SourcePosition> positions, List<Finding> findings) {
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    this.findings = ValidationReport.of(findings);
  }

  /**
   * Returns where each value was read, in reading order.
   *
   * @return the positions by JSON Pointer (as text) into the document, not null, unmodifiable
   */
  public Map<String, SourcePosition> positions() {
    return positions;
  }

  /**
   * Returns where one value was read.
   *
   * @param pointer the value's JSON Pointer into the document, such as {@code /allocations/0/statedTotal}, not null
   * @return the position, empty if the value was not read from the source, not null
   */
  public Optional<SourcePosition> position(JsonPointer pointer) {
    return Optional.ofNullable(positions.get(Objects.requireNonNull(pointer, "pointer").toString()));
  }

  /**
   * Returns where one value was read.
   *
   * @param pointer the value's JSON Pointer as text, such as {@code /number}, not null
   * @return the position, empty if the value was not read from the source, not null
   * @throws IllegalArgumentException if the text is not a JSON Pointer
   */
  public Optional<SourcePosition> position(String pointer) {
    return position(JsonPointer.parse(pointer));
  }

  /**
   * Returns the {@code read.*} findings, in the order the reader made them.
   *
   * @return the findings, not null
   */
  public ValidationReport findings() {
    return findings;
  }

  /**
   * Returns the fields the source does not print, as the {@code read.absent} findings point at them.
   *
   * @return the JSON Pointers (as text) into the document, in reading order, not null
   */
  public List<String> absent() {
    return findings.findings(ReadRule.ABSENT.id()).stream().map(f -> f.pointer().toString()).toList();
  }

  /**
   * Returns the JSON Pointer of a path written the way readers build it, such as
   * {@code confirmed[0].allocations[0].table} for {@code /confirmed/0/allocations/0/table}.
   */
  static JsonPointer pointer(String path) {
    JsonPointer pointer = JsonPointer.root();
    for (String step : path.split("\\.")) {
      if (step.isEmpty()) {
        continue;
      }
      int bracket = step.indexOf('[');
      pointer = bracket < 0 ? pointer.child(step) : pointer.child(step.substring(0, bracket))
          .index(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }
    return pointer;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of values read followed by the findings, one a line. */
  @Override
  public String toString() {
    return positions.size() + " values read; " + findings;
  }

  /** Collects positions and findings while a reader reads; not thread-safe. */
  public static final class Builder {

    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private Builder() {}

    /**
     * Records where a value was read.
     *
     * @param path the value's path in the document, such as {@code allocations[0].table.lines[3].amount} (recorded
     *     as the JSON Pointer {@code /allocations/0/table/lines/3/amount}), not null
     * @param position where it was read, not null
     * @return this builder
     */
    public Builder position(String path, SourcePosition position) {
      positions.put(pointer(Objects.requireNonNull(path, "path")).toString(),
          Objects.requireNonNull(position, "position"));
      return this;
    }

    /**
     * Adds a finding about a place in the source at the rule's usual severity, its message the template of the rule
     * id and a variant in the reader's bundles ({@link ReaderMessages}).
     *
     * @param rule the rule, not null
     * @param position where, not null
     * @param text the source text found there, not null
     * @param variant the case of the rule, such as {@code no-header} for {@code read.unread.no-header}, not null
     * @param arguments what the templates name besides {@code line} and {@code text}, which this adds, not null
     * @return this builder
     * @throws IllegalStateException if the reader's English bundle lacks the key (a bug)
     */
    public Builder add(ReadRule rule, SourcePosition position, String text, String variant, Arguments arguments) {
      return add(rule, rule.severity(), position, text, variant, arguments);
    }

    /**
     * Adds a finding about the source as a whole, at the rule's usual severity: a file that cannot be opened.
     *
     * @param rule the rule, not null
     * @param text what the source is, such as its size or page count, not null
     * @param variant the case of the rule, not null
     * @param arguments what the templates name besides {@code text}, which this adds, not null
     * @return this builder
     * @throws IllegalStateException if the reader's English bundle lacks the key (a bug)
     */
    public Builder add(ReadRule rule, String text, String variant, Arguments arguments) {
      findings.add(Finding.builder().ruleId(rule.id()).severity(rule.severity()).actual(text)
          .template(key(rule, variant), Arguments.of("text", text).and(arguments.asMap())).build());
      return this;
    }

    /**
     * Adds a finding about a place in the source at a given severity, for milder or graver cases of a rule.
     *
     * @param rule the rule, not null
     * @param severity how serious, not null
     * @param position where, not null
     * @param text the source text found there, not null
     * @param variant the case of the rule, not null
     * @param arguments what the templates name besides {@code line} and {@code text}, which this adds, not null
     * @return this builder
     * @throws IllegalStateException if the reader's English bundle lacks the key (a bug)
     */
    public Builder add(ReadRule rule, Severity severity, SourcePosition position, String text, String variant,
        Arguments arguments) {
      findings.add(Finding.builder().ruleId(rule.id()).severity(severity).source(position.toString()).actual(text)
          .template(key(rule, variant), located(position, text).and(arguments.asMap())).build());
      return this;
    }

    private static String key(ReadRule rule, String variant) {
      return rule.id() + '.' + Objects.requireNonNull(variant, "variant");
    }

    /** The arguments every located finding carries: the line (or row) as printed and the text found there. */
    private static Arguments located(SourcePosition position, String text) {
      return Arguments.of("line", position.line()).and("text", text);
    }

    /**
     * Resolves a located text into a domain value, recording its position under the value's document path; a text
     * the domain type refuses becomes a {@code read.value} finding instead of an exception.
     *
     * @param text the located text, or null if the source does not print the value
     * @param path the value's path in the document, not null
     * @param parse turns the text into the value, throwing {@link IllegalArgumentException} if it cannot, not null
     * @param what what the value is, as the name of its noun in the reader's bundles ({@code what.} and this name,
     *     such as {@code document-number}), not null
     * @param <T> the value type
     * @return the value, empty if the text is null or cannot be read
     */
    public <T> Optional<T> resolve(LocatedText text, String path, Function<String, T> parse, String what) {
      if (text == null) {
        return Optional.empty();
      }
      try {
        T value = parse.apply(text.text());
        position(path, text.position());
        return Optional.of(value);
      } catch (IllegalArgumentException e) {
        findings.add(Finding.builder().ruleId(ReadRule.VALUE.id()).severity(ReadRule.VALUE.severity())
            .pointer(pointer(path)).source(text.position().toString()).actual(text.text())
            .template(key(ReadRule.VALUE, "invalid"), located(text.position(), text.text()).and("what", what)
                .and("detail", String.valueOf(e.getMessage()))).build());
        return Optional.empty();
      }
    }

    /**
     * Adds a {@code read.absent} finding: the source does not print a field.
     *
     * @param path the field's path in the document, such as {@code allocations[0].table} (pointed at as
     *     {@code /allocations/0/table}), not null
     * @param severity {@link Severity#ERROR} when the document cannot be built without it, else info; not null
     * @param variant the case, such as {@code title} for {@code read.absent.title}, not null
     * @param arguments what the templates name, not null
     * @return this builder
     * @throws IllegalStateException if the reader's English bundle lacks the key (a bug)
     */
    public Builder absent(String path, Severity severity, String variant, Arguments arguments) {
      findings.add(Finding.builder().ruleId(ReadRule.ABSENT.id()).severity(severity).pointer(pointer(path))
          .template(key(ReadRule.ABSENT, variant), arguments).build());
      return this;
    }

    /**
     * Adds the positions and findings of another report, with every position path put under a prefix.
     *
     * @param prefix the part's path in the document, such as {@code confirmed[0]}, not null
     * @param other the other report, not null
     * @return this builder
     */
    public Builder addAll(String prefix, ReadReport other) {
      JsonPointer under = pointer(prefix);
      other.positions.forEach((path, position) -> positions.put(under.resolve(JsonPointer.parse(path)).toString(),
          position));
      other.findings.findings().forEach(f -> findings.add(f.ruleId().equals(ReadRule.ABSENT.id()) ? f.under(under) : f));
      return this;
    }

    /**
     * Returns whether an error finding was added.
     *
     * @return true if the source held an error
     */
    public boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Builds the report.
     *
     * @return the report, not null
     */
    public ReadReport build() {
      return new ReadReport(positions, findings);
    }
  }
}
