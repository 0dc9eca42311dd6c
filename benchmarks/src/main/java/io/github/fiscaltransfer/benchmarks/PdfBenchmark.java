package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.pdf.PdfText;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.ValidationReport;
import io.github.fiscaltransfer.reader.text.FinalAccountsTextReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 6 (issue #24): a real 部门决算 PDF read to its document — PDFBox's glyphs laid out into lines and cells,
 * the kind decided, the 决算 outline read — against PDFBox's own plain text extraction of the same PDF
 * ({@code PDFTextStripper}, unsorted, its default), both from the bytes in memory. Pages per second = operations per
 * second × the PDF's pages ({@code -p pdf=…}; run from the clone's root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.LogFactoryImpl",
    "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog", "-Dpdfbox.fontcache=target"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PdfBenchmark {

  /** The PDF, from the clone's root. */
  @Param({"reader/src/test/resources/real/putuo-planning-resources-2024-final-accounts.pdf"})
  public String pdf;

  private byte[] bytes;

  /**
   * Reads the PDF's bytes.
   *
   * @throws IOException if the file is missing: run from the clone's root
   */
  @Setup
  public void read() throws IOException {
    bytes = Files.readAllBytes(Path.of(pdf));
  }

  /**
   * The library: PDF to laid-out text to the 决算's nine tables, validated.
   *
   * @return the findings, for the blackhole
   */
  @Benchmark
  public ValidationReport library() {
    ReadResult<PdfText> text = PdfTextReader.create().read(bytes);
    FinalAccounts accounts = FinalAccountsTextReader.create().read(text.document().orElseThrow().layout()).document()
        .orElseThrow();
    return FinalAccountsValidator.of(ValidationPolicy.defaults()).validate(accounts);
  }

  /**
   * The baseline: PDFBox's plain text extraction.
   *
   * @return the text, for the blackhole
   * @throws IOException never for the corpus PDFs
   */
  @Benchmark
  public String pdfboxPlainText() throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
