package io.github.fiscaltransfer.reader.pdf;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text of a PDF from its glyphs' positions (PDF 文本读取), within {@link PdfLimits}: lines and table cells
 * as {@link PdfText}, for the text readers. A PDF that needs a password, passes a limit or cannot be parsed gives
 * no text and a {@code read.unreadable} finding; this reader never throws on any bytes.
 *
 * <p>PDFBox's own logging is silenced at first use unless the application has configured it
 * ({@link PdfLogging}). PDFBox keeps a cache of the system's fonts, built the first time a PDF uses a font it does
 * not embed, in the directory the system property {@code pdfbox.fontcache} names, else the user's home directory
 * ({@code .pdfbox.cache}); set that property to choose another place.
 *
 * <p>Immutable and thread-safe.
 */
public final class PdfTextReader {

  private PdfTextReader() {}

  /**
   * Returns a reader.
   *
   * @return the reader, not null
   */
  public static PdfTextReader create() {
    return new PdfTextReader();
  }

  /**
   * Reads a PDF file.
   *
   * @param file the file, not null
   * @return the text (when the PDF can be read within the limits) and the read report, not null
   */
  public ReadResult<PdfText> read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > PdfLimits.MAX_FILE_BYTES) {
        return refused(String.format("%,d bytes", size), "size", Arguments.of("limit", PdfLimits.MAX_FILE_BYTES));
      }
      return read(Files.readAllBytes(file));
    } catch (IOException e) {
      return refused(file.toString(), "io", Arguments.of("detail", String.valueOf(e.getMessage())));
    }
  }

  /**
   * Reads a PDF's bytes.
   *
   * @param pdf the bytes, not null
   * @return the text (when the PDF can be read within the limits) and the read report, not null
   */
  public ReadResult<PdfText> read(byte[] pdf) {
    Objects.requireNonNull(pdf, "pdf");
    if (pdf.length > PdfLimits.MAX_FILE_BYTES) {
      return refused(String.format("%,d bytes", pdf.length), "size",
          Arguments.of("limit", PdfLimits.MAX_FILE_BYTES));
    }
    PdfLogging.silence();
    long deadline = System.nanoTime() + PdfLimits.MAX_TIME.toNanos();
    try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(PdfLimits.MAX_CACHE_BYTES).streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages > PdfLimits.MAX_PAGES) {
        return refused(pages + " pages", "pages", Arguments.of("limit", PdfLimits.MAX_PAGES));
      }
      LayoutStripper stripper = new LayoutStripper(deadline);
      stripper.getText(document);
      return ReadResult.of(stripper.text(), ReadReport.builder().build());
    } catch (InvalidPasswordException e) {
      return refused("encrypted", "password", Arguments.none());
    } catch (LayoutStripper.LimitReached | LayoutStripper.TooMuchText e) {
      return refused(String.format("%,d bytes", pdf.length), "limit",
          Arguments.of("detail", String.valueOf(e.getMessage())));
    } catch (IOException | RuntimeException e) {
      return refused(String.format("%,d bytes", pdf.length), "not-pdf",
          Arguments.of("detail", String.valueOf(e.getMessage())));
    } catch (StackOverflowError e) {
      return refused(String.format("%,d bytes", pdf.length), "nested", Arguments.none());
    }
  }

  private static ReadResult<PdfText> refused(String what, String variant, Arguments arguments) {
    return ReadResult.unreadable(ReadReport.builder().add(ReadRule.UNREADABLE, what, "pdf-" + variant, arguments)
        .build());
  }
}
