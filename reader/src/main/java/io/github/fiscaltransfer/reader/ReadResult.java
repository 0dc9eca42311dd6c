package io.github.fiscaltransfer.reader;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one document (读取结果): the document, when the source held enough to build one, and the
 * read report.
 *
 * <p>Immutable and thread-safe when the document is.
 *
 * @param <D> the document type
 */
public final class ReadResult<D> {

  private final D document;
  private final ReadReport report;

  private ReadResult(D document, ReadReport report) {
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Returns a result holding a document.
   *
   * @param document the document, not null
   * @param report the read report, not null
   * @param <D> the document type
   * @return the result, not null
   */
  public static <D> ReadResult<D> of(D document, ReadReport report) {
    return new ReadResult<>(Objects.requireNonNull(document, "document"), report);
  }

  /**
   * Returns a result without a document: the report's error findings say what was missing or unreadable.
   *
   * @param report the read report, not null
   * @param <D> the document type
   * @return the result, not null
   */
  public static <D> ReadResult<D> unreadable(ReadReport report) {
    return new ReadResult<>(null, report);
  }

  /**
   * Returns the document read.
   *
   * @return the document, empty if the source did not hold enough to build one, not null
   */
  public Optional<D> document() {
    return Optional.ofNullable(document);
  }

  /**
   * Returns the read report.
   *
   * @return the report, not null
   */
  public ReadReport report() {
    return report;
  }

  /** Returns the document (or {@code no document}) and the report, on two lines. */
  @Override
  public String toString() {
    return (document == null ? "no document" : document.toString()) + System.lineSeparator() + report;
  }
}
