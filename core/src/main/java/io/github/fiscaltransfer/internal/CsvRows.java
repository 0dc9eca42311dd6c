package io.github.fiscaltransfer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the library's simple reference-data CSV: UTF-8, one record a line, fields separated by commas with no
 * quoting, {@code #} comment lines and blank lines skipped, an optional header line given by the caller.
 *
 * <p>Internal: not part of the API.
 */
public final class CsvRows {

  /** One data line: its 1-based line number and its stripped fields. */
  public record Row(int line, List<String> fields) {

    /**
     * Returns a field, or the empty string when the line has fewer fields.
     *
     * @param index the 0-based column
     * @return the field, not null
     */
    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }
  }

  private CsvRows() {}

  /**
   * Reads every data line.
   *
   * @param reader the text, not null; not closed
   * @param header the header line to skip where it is the first data line, not null
   * @return the rows, not null
   * @throws UncheckedIOException if reading fails
   */
  public static List<Row> read(Reader reader, String header) {
    Objects.requireNonNull(header, "header");
    BufferedReader lines = new BufferedReader(Objects.requireNonNull(reader, "reader"));
    List<Row> rows = new ArrayList<>();
    try {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#") || (rows.isEmpty() && text.equals(header))) {
          continue;
        }
        rows.add(new Row(number, Arrays.stream(text.split(",", -1)).map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * Reads a resource on the class path of the given class.
   *
   * @param owner the class whose loader and package locate the resource, not null
   * @param name the resource name, relative to the owner's package, not null
   * @param header the header line, not null
   * @return the rows, not null
   * @throws IllegalStateException if the resource is missing
   */
  public static List<Row> readResource(Class<?> owner, String name, String header) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " beside " + owner.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
