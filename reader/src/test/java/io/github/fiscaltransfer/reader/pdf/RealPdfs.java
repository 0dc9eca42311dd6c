package io.github.fiscaltransfer.reader.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The real 决算 PDFs under {@code /real/} (see its README), as bytes. */
final class RealPdfs {

  static final String TEMPLATE = "/real/shanghai-2024-final-accounts-template.pdf";
  static final String PLANNING = "/real/putuo-planning-resources-2024-final-accounts.pdf";
  static final String SOCIAL_WORK = "/real/putuo-social-work-2024-final-accounts.pdf";
  static final List<String> ALL = List.of(TEMPLATE, PLANNING, SOCIAL_WORK);

  private RealPdfs() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Objects.requireNonNull(RealPdfs.class.getResourceAsStream(resource), resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
