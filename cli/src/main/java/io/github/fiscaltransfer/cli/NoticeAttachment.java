package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.sheet.UnreadableWorkbookException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a notice's text with its allocation table given as a separate workbook ({@code --attachment}): the table,
 * read with the notice's issuer, becomes the table of the notice's first allocation that prints none, so that
 * validation checks it against the total the body states ({@code notice.total}).
 */
final class NoticeAttachment {

  private NoticeAttachment() {}

  /** Returns the notice with the workbook's table, and both readings' findings. */
  static ReadResult<TransferNotice> attach(ReadResult<TransferNotice> read, Path workbook, AllocationSheetReader reader)
      throws UnreadableDocumentException {
    TransferNotice notice = read.document().orElseThrow();
    ReadResult<AllocationTable> sheet;
    try {
      sheet = reader.read(workbook, notice.issuer());
    } catch (UnreadableWorkbookException e) {
      throw new UnreadableDocumentException(workbook, "", e.getMessage(), e);
    }
    ReadReport report = ReadReport.builder().addAll("", read.report()).addAll("attachment.", sheet.report()).build();
    if (sheet.document().isEmpty()) {
      return ReadResult.of(notice, report);
    }
    List<GrantAllocation> allocations = new ArrayList<>(notice.allocations());
    for (int i = 0; i < allocations.size(); i++) {
      if (allocations.get(i).table().isEmpty()) {
        allocations.set(i, GrantAllocation.builder().from(allocations.get(i)).table(sheet.document().get())
            .tableAttachments(List.of()).build());
        break;
      }
    }
    return ReadResult.of(TransferNotice.builder().from(notice).allocations(allocations).build(), report);
  }
}
