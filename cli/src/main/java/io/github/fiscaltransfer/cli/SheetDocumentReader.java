package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.sheet.UnreadableWorkbookException;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an allocation table (分配表) from the first sheet of an {@code *.xlsx} or {@code *.xls} workbook, issued by
 * the unit {@code --issuer} names; known by its file name, as a table alone prints no 发文字号.
 */
final class SheetDocumentReader implements DocumentReader {

  private final AllocationSheetReader reader;
  private final Optional<FiscalUnit> issuer;
  private final Supplier<RuntimeException> noIssuer;

  /**
   * Creates the reader.
   *
   * @param units the registry recipients are resolved with, not null
   * @param issuer the issuing unit, empty when none was given
   * @param noIssuer the bad-usage error to throw when a workbook is met and no issuer was given, not null
   */
  SheetDocumentReader(UnitRegistry units, Optional<FiscalUnit> issuer, Supplier<RuntimeException> noIssuer) {
    this.reader = AllocationSheetReader.of(units);
    this.issuer = issuer;
    this.noIssuer = noIssuer;
  }

  @Override
  public boolean reads(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xls");
  }

  @Override
  public ReadDocument read(Path file) throws UnreadableDocumentException {
    FiscalUnit unit = issuer.orElseThrow(noIssuer);
    ReadResult<AllocationTable> result;
    try {
      result = reader.read(file, unit);
    } catch (UnreadableWorkbookException e) {
      throw new UnreadableDocumentException(file, "", e.getMessage(), e);
    }
    if (result.document().isEmpty()) {
      throw UnreadableDocumentException.nothingRead(file, "kind." + ReadDocument.Kind.ALLOCATION_TABLE.name(), result.report());
    }
    String key = file.getFileName().toString();
    return ReadDocument.of(result.document().get(), unit, key, result.report().findings());
  }
}
