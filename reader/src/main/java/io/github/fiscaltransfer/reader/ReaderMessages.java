package io.github.fiscaltransfer.reader;

import io.github.fiscaltransfer.validation.MessageSource;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The reader's message bundle (读取意见消息): the words of every {@link ReadRule} finding in English and Chinese,
 * keyed {@code read.}rule{@code .}case, provided to {@link MessageSource}'s service loader.
 *
 * <p>Stateless and thread-safe; {@link ResourceBundle} caches the bundle.
 */
public final class ReaderMessages implements MessageSource {

  private static final String BASE_NAME = "io.github.fiscaltransfer.reader.ReadMessages";

  /** Makes the provider; the service loader calls this. */
  public ReaderMessages() {}

  @Override
  public List<ResourceBundle> bundles(Locale locale) {
    return List.of(ResourceBundle.getBundle(BASE_NAME, Objects.requireNonNull(locale, "locale")));
  }

  /** Returns {@code the reader's messages}. */
  @Override
  public String toString() {
    return "the reader's messages";
  }
}
