package io.github.fiscaltransfer.reader.pdf;

import java.time.Duration;

/**
 * The limits {@link PdfTextReader} sets on what a hostile PDF can cost (PDF 读取限额).
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@link #MAX_FILE_BYTES}: file size</td><td>64 MiB</td><td>a published 决算 is 0.2–1 MiB; refused before
 *       PDFBox reads a byte</td></tr>
 *   <tr><td>{@link #MAX_PAGES}: pages</td><td>1,000</td><td>a department's disclosure has 20–40</td></tr>
 *   <tr><td>{@link #MAX_CACHE_BYTES}: PDFBox's stream cache, in memory only</td><td>64 MiB</td><td>nothing is written
 *       to temporary files</td></tr>
 *   <tr><td>{@link #MAX_TEXT_CHARS}: characters laid out</td><td>1 M</td><td>a stream that decompresses into endless
 *       text (a 1,000-page text holds about as many); counted glyph by glyph</td></tr>
 *   <tr><td>{@link #MAX_TIME}: time reading the pages</td><td>60 s</td><td>checked at every operator of every
 *       content stream, so a page that decompresses into endless drawing stops too</td></tr>
 * </table>
 */
public final class PdfLimits {

  /** The largest file read, in bytes. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** The most pages read. */
  public static final int MAX_PAGES = 1_000;
  /** The most memory PDFBox's stream cache may take, in bytes. */
  public static final long MAX_CACHE_BYTES = 64L * 1024 * 1024;
  /** The most characters laid out into lines. */
  public static final int MAX_TEXT_CHARS = 1024 * 1024;
  /** The longest time spent reading the pages of one PDF. */
  public static final Duration MAX_TIME = Duration.ofSeconds(60);

  private PdfLimits() {}
}
