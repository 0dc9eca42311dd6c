package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --rounded} option: reads each file with another reader and declares every allocation table (分配表) it
 * holds rounded, for the caller's reason, so that its sums and links are judged within the rounding envelope, as
 * warnings naming the declaration. A table whose printed note declares it rounded keeps that note.
 */
final class RoundingDeclaration implements DocumentReader {

  private final DocumentReader reader;
  private final Precision precision;

  RoundingDeclaration(DocumentReader reader, Precision precision) {
    this.reader = reader;
    this.precision = precision;
  }

  @Override
  public boolean reads(Path file) {
    return reader.reads(file);
  }

  @Override
  public ReadDocument read(Path file) throws IOException {
    return reader.read(file).declaredRounded(precision);
  }

  /** A notice document with every table of its notice, and of the notices it confirms, declared rounded. */
  static NoticeDocument apply(NoticeDocument document, Precision precision) {
    return document.notice().map(notice -> NoticeDocument.of(apply(notice, precision), document.targets()))
        .orElse(document);
  }

  /** A table declared rounded, unless it is already, by its own note. */
  static AllocationTable apply(AllocationTable table, Precision precision) {
    return table.precision().isExact() ? table.withPrecision(precision) : table;
  }

  private static TransferNotice apply(TransferNotice notice, Precision precision) {
    List<GrantAllocation> allocations = notice.allocations().stream().map(allocation -> allocation.table()
        .map(table -> allocation.withTable(apply(table, precision)))
        .orElse(allocation)).toList();
    List<TransferNotice> confirmed = notice.confirmed().stream().map(each -> apply(each, precision)).toList();
    return TransferNotice.builder().from(notice).allocations(allocations).confirmed(confirmed).build();
  }
}
