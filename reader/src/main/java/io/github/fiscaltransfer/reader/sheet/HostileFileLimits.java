package io.github.fiscaltransfer.reader.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The limits this reader sets on what a hostile workbook can cost, before it opens any file.
 *
 * <p>POI keeps these limits in static fields, so they hold for the whole JVM: an application that opens
 * workbooks elsewhere with other limits should set its own after first using this reader. The values:
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@link #MAX_FILE_BYTES}: file size</td><td>32 MiB</td><td>a published allocation table is a few
 *       hundred KiB; refused before POI reads a byte</td></tr>
 *   <tr><td>{@code ZipSecureFile.setMinInflateRatio}</td><td>0.01</td><td>POI's default, set explicitly: an
 *       .xlsx entry that expands more than 100-fold is a zip bomb</td></tr>
 *   <tr><td>{@code ZipSecureFile.setMaxEntrySize}</td><td>64 MiB</td><td>no sheet of an allocation table comes
 *       near it (POI's default is 4 GiB)</td></tr>
 *   <tr><td>{@code ZipSecureFile.setMaxTextSize}</td><td>8 M characters</td><td>text extracted from one
 *       entry</td></tr>
 *   <tr><td>{@code ZipSecureFile.setMaxFileCount}</td><td>1,000</td><td>entries in one .xlsx (POI's
 *       default)</td></tr>
 *   <tr><td>{@code IOUtils.setByteArrayMaxOverride}</td><td>64 MiB</td><td>the largest byte array POI may
 *       allocate for one record or part, for .xls and .xlsx alike</td></tr>
 * </table>
 * A file over one of these limits is an {@link UnreadableWorkbookException} that says which, in words. Inside a sheet
 * that opens, a cell text over 32,767 characters (a spreadsheet's own limit) is a {@code read.value} finding at the
 * cell, not read, and at most 1,000,000 (row, merged region) pairs are followed.
 */
public final class HostileFileLimits {

  /** The largest file this reader opens, in bytes. */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
  /**
   * The smallest compressed-to-expanded size ratio an .xlsx entry may have: a ratio, not money, and a
   * {@code double} because POI's {@code ZipSecureFile.setMinInflateRatio} takes one.
   */
  public static final double MIN_INFLATE_RATIO = 0.01;
  /** The largest expanded size of one .xlsx entry, in bytes. */
  public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
  /** The most characters of text one .xlsx entry may hold. */
  public static final long MAX_TEXT_CHARS = 8L * 1024 * 1024;
  /** The most entries an .xlsx may hold. */
  public static final long MAX_ENTRIES = 1_000;
  /** The largest byte array POI may allocate. */
  public static final int MAX_BYTE_ARRAY = 64 * 1024 * 1024;

  private HostileFileLimits() {}

  /** Sets POI's limits to the values above; idempotent. */
  static synchronized void apply() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
  }
}
