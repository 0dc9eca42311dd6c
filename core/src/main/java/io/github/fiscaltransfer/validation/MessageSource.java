package io.github.fiscaltransfer.validation;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A module's message bundles (消息资源) for its rules' findings, found by {@link java.util.ServiceLoader}: core
 * provides its rule families' bundles, and a module with rules of its own (such as the reader's {@code read.*})
 * provides its bundles the same way ({@code provides} in module-info and a {@code META-INF/services} entry).
 *
 * <p>Each bundle is a properties bundle read as UTF-8: the base bundle in English, {@code _zh} in Chinese, keyed by
 * rule id (or rule id, a dot and a variant name), with named placeholders such as {@code {sum}} that the finding's
 * {@link Arguments} fill; {@code summary.} followed by a rule id keys the rule's summary. Implementations are
 * stateless and thread-safe.
 */
public interface MessageSource {

  /**
   * Returns this module's bundles for a locale, each found by {@link ResourceBundle#getBundle(String, Locale)}
   * called in the providing module (so that bundles in a named module are found).
   *
   * @param locale the locale, {@link Locale#ROOT} for the English base bundles, not null
   * @return the bundles, not null
   */
  List<ResourceBundle> bundles(Locale locale);
}
