package io.github.fiscaltransfer.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message templates of findings in English and Chinese (消息模板), from every {@link MessageSource} on the
 * class or module path: the template of a key in a language, and what a finding's arguments leave unfilled in it.
 *
 * <p>A template names an argument in braces ({@code {sum}}) and includes another template with {@code {@name}}: the
 * key {@code name.} followed by the value of the argument {@code name}, such as {@code {@rounding}} with
 * {@code rounding=within} including {@code rounding.within}, in the same language and with the same arguments.
 *
 * <p>English is the base bundle and the fallback; a language is chosen by {@link Locale#getLanguage()} alone, so
 * {@link Locale#SIMPLIFIED_CHINESE} and {@link Locale#CHINESE} both give Chinese. The JVM's default locale never
 * takes the place of English. Thread-safe.
 */
public final class Messages {

  private static final List<MessageSource> SOURCES = load();

  private Messages() {}

  private static List<MessageSource> load() {
    List<MessageSource> sources = new ArrayList<>();
    ServiceLoader.load(MessageSource.class, Messages.class.getClassLoader()).forEach(sources::add);
    return List.copyOf(sources);
  }

  /**
   * Returns the template of a key in a language, or in English where that language has none.
   *
   * @param key the message key, such as {@code table.sum} or {@code table.sum.rounded}, not null
   * @param locale the language, not null
   * @return the template, empty if no bundle has the key at all, not null
   */
  public static Optional<String> template(String key, Locale locale) {
    return ownTemplate(key, locale).or(() -> english(key));
  }

  /**
   * Returns the template of a key written in a language, without falling back to English: for {@link Locale#ROOT}
   * and English, the base bundles' template.
   *
   * @param key the message key, not null
   * @param locale the language, not null
   * @return the template, empty if no bundle has the key in that language, not null
   */
  public static Optional<String> ownTemplate(String key, Locale locale) {
    Objects.requireNonNull(key, "key");
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    if (language.isEmpty() || language.equals(Locale.ENGLISH.getLanguage())) {
      return english(key);
    }
    for (MessageSource source : SOURCES) {
      for (ResourceBundle bundle : source.bundles(Locale.forLanguageTag(language))) {
        Optional<String> own = bundle.getLocale().getLanguage().equals(language) ? own(bundle, key)
            : Optional.empty();
        if (own.isPresent()) {
          return own;
        }
      }
    }
    return Optional.empty();
  }

  /** The English template: the base bundles', asked for the root locale so that no default locale stands in. */
  private static Optional<String> english(String key) {
    for (MessageSource source : SOURCES) {
      for (ResourceBundle bundle : source.bundles(Locale.ROOT)) {
        if (bundle.getLocale().getLanguage().isEmpty() && bundle.containsKey(key)) {
          return Optional.of(bundle.getString(key));
        }
      }
    }
    return Optional.empty();
  }

  /** A bundle's own entry, not its parent's: a Chinese bundle's parent is the English one. */
  private static Optional<String> own(ResourceBundle bundle, String key) {
    if (bundle instanceof PropertyResourceBundle properties) {
      return Optional.ofNullable((String) properties.handleGetObject(key));
    }
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns every key written in a language: in English the base bundles' keys, in another language the keys its
   * own bundles have (not those it takes from English).
   *
   * @param locale the language, not null
   * @return the keys, sorted, not null
   */
  public static Set<String> keys(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    boolean english = language.isEmpty() || language.equals(Locale.ENGLISH.getLanguage());
    Set<String> keys = new TreeSet<>();
    for (MessageSource source : SOURCES) {
      for (ResourceBundle bundle : source.bundles(english ? Locale.ROOT : Locale.forLanguageTag(language))) {
        if (bundle.getLocale().getLanguage().equals(english ? "" : language)) {
          bundle.keySet().stream().filter(key -> own(bundle, key).isPresent()).forEach(keys::add);
        }
      }
    }
    return keys;
  }

  /**
   * Returns the placeholders of a key's template in a language (English where it has none) that arguments leave
   * unfilled: a name without an argument, or {@code @name.value} for an included template no bundle has.
   *
   * @param key the message key, not null
   * @param locale the language, not null
   * @param arguments the values by name, not null
   * @return the unfilled placeholders, sorted, empty if the template is complete (or no bundle has the key), not null
   */
  public static Set<String> missing(String key, Locale locale, Map<String, String> arguments) {
    return template(key, locale).map(template -> format(template, locale, arguments).missing()).orElse(Set.of());
  }

  /**
   * Returns what keeps a finding from speaking a language fully: that no bundle of the language has its key, or
   * the placeholders its template there names that the finding's arguments do not fill. A test over many findings
   * asserts it empty for every language a tool offers.
   *
   * @param finding the finding, not null
   * @param locale the language, not null
   * @return the gaps as sentences, such as {@code zh: table.sum lacks [difference]}, empty if none, not null
   */
  public static List<String> gaps(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    if (ownTemplate(finding.key(), locale).isEmpty()) {
      return List.of(locale + ": no template for " + finding.key());
    }
    Set<String> missing = missing(finding.key(), locale, finding.arguments());
    return missing.isEmpty() ? List.of() : List.of(locale + ": " + finding.key() + " lacks " + missing + " of "
        + finding.arguments().keySet());
  }

  /** The template filled in a language, its included templates found in the same language. */
  static MessageTemplate.Result format(String template, Locale locale, Map<String, String> arguments) {
    return MessageTemplate.format(template, arguments, included -> template(included, locale));
  }

  /**
   * Returns the English text of a key with its arguments, as a rule puts it in {@link Finding#message()}.
   *
   * @param key the message key, not null
   * @param arguments the arguments, not null
   * @return the English text, not null
   * @throws IllegalStateException if no base bundle has the key (a rule's key without its English template)
   */
  static String english(String key, Arguments arguments) {
    String template = english(key).orElseThrow(() -> new IllegalStateException(
        "fiscal-transfer bug: no English message for the key " + key));
    MessageTemplate.Result english = format(template, Locale.ROOT, arguments.asMap());
    if (!english.missing().isEmpty()) {
      throw new IllegalStateException("fiscal-transfer bug: the English message " + key + " lacks "
          + english.missing());
    }
    return english.text();
  }
}
