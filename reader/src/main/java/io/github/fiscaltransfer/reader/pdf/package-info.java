/**
 * Reading PDFs directly (PDF 读取) with Apache PDFBox: the glyphs of each page with their positions, laid out into
 * lines and cells ({@link io.github.fiscaltransfer.reader.pdf.PdfText}), which the text readers of
 * {@code io.github.fiscaltransfer.reader.text} then read as they read any extracted text.
 *
 * <p>A hostile PDF (encrypted with a password, too large, too many pages, a broken cross-reference table, an object
 * graph nested too deep, a stream that decompresses without end) is refused with a {@code read.unreadable} finding,
 * within the limits of {@link io.github.fiscaltransfer.reader.pdf.PdfLimits}.
 */
package io.github.fiscaltransfer.reader.pdf;
