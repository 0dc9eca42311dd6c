package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.List;

/** The checks of what an allocation states without a table: its 其中 parts, and what its absences leave unchecked. */
final class StatedParts {

  private StatedParts() {}

  static void check(TransferNotice notice, GrantAllocation allocation, JsonPointer path, List<Finding> findings) {
    if (allocation.statedTotal().isEmpty()) {
      findings.add(NoticeRule.NOTICE_UNCHECKED.finding(path.child("statedTotal"), "a stated total", "none printed",
          "total", Arguments.of("document", notice.reference()).and("grant", allocation.grant().name())));
    }
    if (allocation.table().isEmpty() && !allocation.tableAttachments().isEmpty()) {
      findings.add(NoticeRule.NOTICE_UNCHECKED.finding(path.child("tableAttachments"), "the allocation table",
          "not supplied", "table", Arguments.of("attachments", String.join("、", allocation.tableAttachments()))));
    }
    List<StatedPart> parts = allocation.parts();
    if (parts.isEmpty() || allocation.statedTotal().isEmpty()) {
      return;
    }
    PrintedAmount sum = parts.get(0).amount();
    for (int i = 1; i < parts.size(); i++) {
      sum = sum.plus(parts.get(i).amount());
    }
    PrintedAmount stated = allocation.statedTotal().get();
    if (!sum.isSameAmountAs(stated)) {
      findings.add(NoticeRule.NOTICE_PARTS.finding(path.child("parts"), stated, sum,
          Arguments.of("grant", allocation.grant().name()).and("sum", sum).and("stated", stated)
              .and("difference", sum.formatDifference(stated))));
    }
  }
}
