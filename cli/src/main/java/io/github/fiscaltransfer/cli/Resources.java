package io.github.fiscaltransfer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text the command ships in its jar: built-in reference data, the report template, ECharts. */
final class Resources {

  private Resources() {}

  /**
   * Returns a class-path resource as UTF-8 text.
   *
   * @param name the absolute resource name, not null
   * @return the text, not null
   */
  static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("fiscal-transfer bug: resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
