package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.document.NoticeDocument;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one kind of file into a document: JSON today; seed-style text and spreadsheets plug in here.
 */
interface DocumentReader {

  /**
   * Returns whether this reader reads a file, judged by its name.
   *
   * @param file the file, not null
   * @return true if this reader is the one for the file
   */
  boolean reads(Path file);

  /**
   * Reads a file.
   *
   * @param file the file, not null
   * @return the document, not null
   * @throws UnreadableDocumentException if the file is not a valid document, naming where in it and why
   * @throws IOException if the file cannot be read at all
   */
  NoticeDocument read(Path file) throws IOException;
}
