package io.github.fiscaltransfer.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed documents 000–003 as the JSON files shipped under {@code /seeds/} on the class path, read with the
 * hardened mapper: three notices with their performance target tables and one self-evaluation.
 *
 * <p>The files are stored normalised ({@link #normalised}), so that reading and writing one gives back the same bytes.
 */
public final class SeedDocuments {

  /** The seed files in seed order, as class-path resources. */
  public static final List<String> FILES = List.of("/seeds/000-guangdong-307.json", "/seeds/001-lianghe.json",
      "/seeds/002-jiangmen-16.json", "/seeds/003-jiangmen-self-evaluation-2022.json");

  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(FiscalTransferMappers.prettyPrinter());

  private SeedDocuments() {}

  /**
   * Reads every seed file, in seed order.
   *
   * @return the documents, not null
   * @throws IOException if a file is missing or is not a valid document (a
   *     {@link com.fasterxml.jackson.core.JsonProcessingException} naming the path and the reason)
   */
  public static List<NoticeDocument> load() throws IOException {
    List<NoticeDocument> documents = new ArrayList<>();
    for (String file : FILES) {
      documents.add(load(file));
    }
    return List.copyOf(documents);
  }

  /**
   * Reads one document from a class-path resource.
   *
   * @param resource the resource, such as {@code /seeds/000-guangdong-307.json}, not null
   * @return the document, not null
   * @throws IOException if the resource is missing or is not a valid document
   */
  public static NoticeDocument load(String resource) throws IOException {
    try (InputStream in = SeedDocuments.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new FileNotFoundException("No class-path resource " + resource);
      }
      return MAPPER.readValue(in, NoticeDocument.class);
    }
  }

  /**
   * Returns a document's normalised JSON: the hardened mapper's output with
   * {@link FiscalTransferMappers#prettyPrinter()}, ending with a line feed.
   *
   * @param document the document, not null
   * @return the JSON text, not null
   * @throws JsonProcessingException never for a valid document
   */
  public static String normalised(NoticeDocument document) throws JsonProcessingException {
    return WRITER.writeValueAsString(document) + "\n";
  }
}
