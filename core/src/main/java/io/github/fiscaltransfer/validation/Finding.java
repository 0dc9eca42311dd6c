package io.github.fiscaltransfer.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a validation rule: which rule, how serious, where, what was expected, what was found, and why.
 *
 * <p>Immutable and thread-safe. Rules make findings with {@link Rule#finding}; build one directly with {@link #of} or {@link #builder()}.
 *
 * <p>Languages (中文与英文): a finding carries a message {@link #key()} and named {@link #arguments()}, and
 * {@link #message(Locale)} fills the template of the key in that locale's language ({@link Messages}), so that
 * {@code finding.message(Locale.SIMPLIFIED_CHINESE)} reads as a budget officer writes. {@link #message()} is the
 * English sentence and stays so whatever the JVM's default locale, since JSON and logs keep it stable, as
 * {@link Throwable#getMessage()} does; {@link #localizedMessage()} follows {@link Locale#getDefault()}, as
 * {@link Throwable#getLocalizedMessage()} does. {@link #toString()} is English; {@link #line(Locale)} is the same
 * line in a language.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the id of the rule that made this finding, such as {@code table.sum}.
   *
   * @return the rule id, not null
   */
  public abstract String ruleId();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * Returns the document the finding is in: its 发文字号 (such as {@code 粤财社〔2021〕307号}), or a stable key
   * when it has none (such as {@code 梁河县财政局 2022-03-01}).
   *
   * @return the document reference, not null, empty where the finding is about a part validated on its own
   */
  @Value.Default
  public String document() {
    return "";
  }

  /**
   * Returns where in the document's JSON form the finding is, such as {@code /allocations/0/table/lines/12/amount}.
   *
   * @return the JSON Pointer, not null (the root for the document as a whole)
   */
  @Value.Default
  public JsonPointer pointer() {
    return JsonPointer.root();
  }

  /**
   * Returns where in the source file a reader found what this finding is about (来源位置), such as
   * {@code line 91, column 1} in a text or {@code 附件1 row 7, column 3} in a workbook.
   *
   * @return the source position as text, not null, empty for findings about a document as built
   */
  public abstract Optional<String> source();

  /**
   * Returns the document reference and the pointer as one location, such as
   * {@code 粤财社〔2021〕307号#/allocations/0/table/declaredTotal}: a JSON reference into the document.
   *
   * @return the location, not null, empty for the root of an unnamed document
   */
  public final String path() {
    return document().isEmpty() ? pointer().toString() : document() + '#' + pointer();
  }

  /**
   * Returns a new finding located in the given document, where this one names no document yet.
   *
   * @param reference the document's 发文字号 or stable key, not null
   * @return the located finding, or this finding if it already names its document, not null
   */
  public Finding in(String reference) {
    Objects.requireNonNull(reference, "reference");
    return document().isEmpty() ? builder().from(this).document(reference).build() : this;
  }

  /**
   * Returns a new finding whose pointer is placed below a prefix, as when a part's findings are reported within the
   * document holding it.
   *
   * @param prefix the pointer to the part within the document, not null
   * @return the relocated finding, not null
   */
  public Finding under(JsonPointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.isRoot() ? this : builder().from(this).pointer(prefix.resolve(pointer())).build();
  }

  /**
   * Returns a new finding with another severity, as a policy that changes a rule's severity does.
   *
   * @param newSeverity the severity, not null
   * @return the finding with that severity, not null
   */
  public Finding withSeverity(Severity newSeverity) {
    Objects.requireNonNull(newSeverity, "newSeverity");
    return newSeverity == severity() ? this : builder().from(this).severity(newSeverity).build();
  }

  /**
   * Returns what the rule expected, as text, where that makes sense.
   *
   * @return the expected value, not null
   */
  public abstract Optional<String> expected();

  /**
   * Returns what the document has, as text, where that makes sense.
   *
   * @return the actual value, not null
   */
  public abstract Optional<String> actual();

  /**
   * Returns a sentence that says what is wrong, in English: stable, whatever the default locale.
   *
   * @return the message, not null
   */
  public abstract String message();

  /**
   * Returns the key of the message's template in the bundles: the rule id, or the rule id, a dot and a variant name
   * where a rule says different things in different cases (such as {@code table.sum.rounded}).
   *
   * @return the key, not null
   */
  @Value.Default
  public String key() {
    return ruleId();
  }

  /**
   * Returns the message's named arguments as printed (amounts in the document's unit, tables and rows by their
   * printed names), in order, such as {@code {sum=12,169万元, total=12,168万元}}.
   *
   * @return the arguments, not null, unmodifiable, empty for a finding whose message has none
   */
  public abstract Map<String, String> arguments();

  /**
   * Returns the message in a locale's language: the key's template there (English where that language has none)
   * filled with the arguments; {@link #message()} itself where the template names an argument this finding does not
   * carry, or no bundle has the key (a finding made with a message only).
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}, not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.template(key(), locale).map(template -> Messages.format(template, locale, arguments()))
        .filter(filled -> filled.missing().isEmpty()).map(MessageTemplate.Result::text).orElse(message());
  }

  /**
   * Returns the message in the language of {@link Locale#getDefault()}, English where that language has none.
   *
   * @return the message, not null
   */
  public String localizedMessage() {
    return message(Locale.getDefault());
  }

  /**
   * Returns the line {@link #toString()} gives, in a locale's language: in Chinese such as {@code 错误 table.sum
   * 位置 粤财社〔2021〕307号#/allocations/0/table/declaredTotal：各行合计 10,830万元，…}; in English (and any
   * language without a line of its own) {@link #toString()}.
   *
   * @param locale the language, not null
   * @return the line, not null
   */
  public String line(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String location = location();
    return Messages.ownTemplate(location.isEmpty() ? "finding.line.whole" : "finding.line", locale).map(
        template -> Messages.format(template, locale, Map.of(
        "severity", Messages.template("severity." + severity().id(), locale).orElse(severity().id()),
        "rule", ruleId(), "location", location, "message", message(locale))).text()).orElseGet(this::toString);
  }

  @Value.Check
  void check() {
    if (!key().equals(ruleId()) && !key().startsWith(ruleId() + '.')) {
      throw new IllegalArgumentException("Finding key must be its rule id or begin with it and a dot: " + key()
          + " for " + ruleId());
    }
    if (ruleId().isBlank()) {
      throw new IllegalArgumentException("Finding rule id must not be blank");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("Finding message must not be blank: " + ruleId());
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a finding with expected and actual values.
   *
   * @param severity how serious, not null
   * @param ruleId the rule id, not null
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  public static Finding of(
      Severity severity, String ruleId, JsonPointer at, Object expected, Object actual, String message) {
    return builder()
        .severity(severity)
        .ruleId(ruleId)
        .pointer(at)
        .expected(String.valueOf(expected))
        .actual(String.valueOf(actual))
        .message(message)
        .build();
  }

  /**
   * Returns a finding with expected and actual values whose message is the template of its rule id, or of a variant
   * of it, filled with arguments.
   *
   * @param severity how serious, not null
   * @param ruleId the rule id, not null
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param variant the case of the rule, the key being the rule id, a dot and the variant, or null for the rule id
   * @param arguments the arguments the templates name, not null
   * @return the finding, not null
   * @throws IllegalStateException if no base bundle has the key
   */
  public static Finding of(Severity severity, String ruleId, JsonPointer at, Object expected, Object actual,
      String variant, Arguments arguments) {
    return builder().severity(severity).ruleId(ruleId).pointer(at).expected(String.valueOf(expected))
        .actual(String.valueOf(actual)).template(variant == null ? ruleId : ruleId + '.' + variant, arguments).build();
  }

  /**
   * Returns a line such as {@code ERROR table.sum at 粤财社〔2021〕307号#/allocations/0/table/declaredTotal: expected
   * 10,831万元, actual 10,830万元 — the lines do not add up to the declared total}, with the source position after
   * the path where a reader gave one ({@code … at 粤财社〔2021〕307号#/title (line 3, column 1): …}).
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder()
        .append(severity()).append(' ').append(ruleId());
    String location = location();
    if (!location.isEmpty()) {
      text.append(" at ").append(location);
    }
    text.append(": ");
    expected().ifPresent(value -> text.append("expected ").append(value).append(", "));
    actual().ifPresent(value -> text.append("actual ").append(value).append(" — "));
    return text.append(message()).toString();
  }

  private String location() {
    String source = source().orElse("");
    return path().isEmpty() || source.isEmpty() ? path() + source : path() + " (" + source + ')';
  }

  /**
   * Builds a {@link Finding}; severity, rule id and message are required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Sets the message key, the arguments and the English message the key's template makes with them.
     *
     * @param key the key, the rule id or the rule id, a dot and a variant name, not null
     * @param arguments the arguments the templates name, not null
     * @return this builder, not null
     * @throws IllegalStateException if no base bundle has the key
     */
    public Builder template(String key, Arguments arguments) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(arguments, "arguments");
      key(key).arguments(arguments.asMap()).message(Messages.english(key, arguments));
      return this;
    }
  }
}
