package io.github.fiscaltransfer.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Hostile PDFs are refused with one {@code read.unreadable} finding that says why, never an exception. */
class HostilePdfTest {

  private static final PdfTextReader READER = PdfTextReader.create();

  @Test
  void bytesThatAreNoPdf() {
    assertRefused(READER.read("not a PDF at all".getBytes(StandardCharsets.UTF_8)), "not a PDF PDFBox can parse");
    assertRefused(READER.read(new byte[0]), "not a PDF PDFBox can parse");
  }

  @Test
  void aPdfThatNeedsAPassword() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      assertRefused(READER.read(save(document)), "needs a password");
    }
  }

  @Test
  void tooManyPages() throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i <= PdfLimits.MAX_PAGES; i++) {
        document.addPage(new PDPage());
      }
      assertRefused(READER.read(save(document)), "more than 1000 pages");
    }
  }

  @Test
  void aStreamThatDecompressesIntoEndlessText() throws IOException {
    byte[] text = new byte[PdfLimits.MAX_TEXT_CHARS + 10];
    Arrays.fill(text, (byte) 'A');
    byte[] bomb = save(page("BT /F1 12 Tf 10 700 Td (" + new String(text, StandardCharsets.US_ASCII) + ") Tj ET"));
    assertTrue(bomb.length < 100_000, "compressed to " + bomb.length + " bytes");
    assertRefused(READER.read(bomb), "more than 1048576 characters");
  }

  @Test
  void objectsNestedTooDeep() {
    String deep = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(200_000) + "]".repeat(200_000)
        + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    ReadResult<PdfText> read = READER.read(deep.getBytes(StandardCharsets.US_ASCII));
    assertTrue(read.document().isEmpty() || read.document().get().pages() == 0, read::toString);
  }

  @Test
  void aBrokenCrossReferenceTableIsRebuiltOrRefused() throws IOException {
    byte[] pdf = save(page("BT /F1 12 Tf 10 700 Td (307) Tj ET"));
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    byte[] broken = text.replaceAll("startxref\\s+\\d+", "startxref\n99999999").getBytes(StandardCharsets.ISO_8859_1);
    ReadResult<PdfText> read = READER.read(broken);
    assertEquals("307\n", read.document().orElseThrow().text(), "PDFBox rebuilds the table by scanning the objects");
    byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
    ReadResult<PdfText> cut = READER.read(truncated);
    assertTrue(cut.document().isPresent() || refusals(cut).size() == 1, cut::toString);
  }

  /** A one-page PDF whose content stream, Flate-compressed, is the given operators, with Helvetica as /F1. */
  static PDDocument page(String operators) throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage();
    PDResources resources = new PDResources();
    resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    page.setResources(resources);
    page.setContents(new PDStream(document, new ByteArrayInputStream(operators.getBytes(StandardCharsets.US_ASCII)),
        COSName.FLATE_DECODE));
    document.addPage(page);
    return document;
  }

  static byte[] save(PDDocument document) throws IOException {
    try (document) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void assertRefused(ReadResult<PdfText> read, String why) {
    assertTrue(read.document().isEmpty(), read::toString);
    List<Finding> refusals = refusals(read);
    assertEquals(1, refusals.size(), read::toString);
    assertTrue(refusals.get(0).message().contains(why), read::toString);
  }

  private static List<Finding> refusals(ReadResult<PdfText> read) {
    return read.report().findings().findings(ReadRule.UNREADABLE.id());
  }
}
