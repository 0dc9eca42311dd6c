package io.github.fiscaltransfer.reader.sheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.hssf.OldExcelFormatException;

/**
 * Says, in a budget officer's words, why a workbook cannot be opened: no Java class name and no library hint, only
 * what is wrong with the file. POI reports the hostile-file limits of {@link HostileFileLimits} only in its messages,
 * so those are recognised by their words.
 */
final class UnreadableReason {

  private static final Pattern SIZES = Pattern.compile("Uncompressed size: (\\d+), Raw/compressed size: (\\d+)");
  private static final long MIB = 1024L * 1024;

  private UnreadableReason() {}

  /** Returns the reason a failure to open or read a workbook gives, as a clause: "it is protected by a password". */
  static String of(Throwable failure) {
    if (failure instanceof EncryptedDocumentException) {
      return "it is protected by a password; save a copy without one";
    }
    if (failure instanceof OldExcelFormatException) {
      return "it is in the Excel 5.0/95 format or older, which this reader does not open; save it as .xlsx";
    }
    String message = messages(failure);
    if (message.contains("max. ratio of compressed file size")) {
      return "it expands " + expansion(message) + " when unpacked; refused as unsafe";
    }
    if (message.contains("max size of the expanded data")) {
      return "a part of it expands to more than " + HostileFileLimits.MAX_ENTRY_BYTES / MIB
          + " MiB when unpacked; refused as unsafe";
    }
    if (message.contains("setByteArrayMaxOverride")) {
      return "a part of it is larger than " + HostileFileLimits.MAX_BYTE_ARRAY / MIB + " MiB; refused as unsafe";
    }
    if (message.contains("setMaxTextSize")) {
      return "it holds more than " + HostileFileLimits.MAX_TEXT_CHARS / MIB
          + " Mi characters of text; refused as unsafe";
    }
    if (message.contains("setMaxFileCount")) {
      return "it holds more than " + HostileFileLimits.MAX_ENTRIES + " parts; refused as unsafe";
    }
    if (failure instanceof UnsupportedFileFormatException) {
      return "it is not an .xlsx or .xls workbook";
    }
    return "it is damaged, or it is not an .xlsx or .xls workbook";
  }

  private static String expansion(String message) {
    Matcher sizes = SIZES.matcher(message);
    if (sizes.find() && Long.parseLong(sizes.group(2)) > 0) {
      return Long.parseLong(sizes.group(1)) / Long.parseLong(sizes.group(2)) + "×";
    }
    return "more than " + Math.round(1 / HostileFileLimits.MIN_INFLATE_RATIO) + "×";
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null && all.length() < 10_000; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
