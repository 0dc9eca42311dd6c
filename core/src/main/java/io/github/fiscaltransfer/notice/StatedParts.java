package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.List;

/** The checks of what an allocation states without a table: its 其中 parts, and what its absences leave unchecked. */
final class StatedParts {

  private StatedParts() {}

  static void check(TransferNotice notice, GrantAllocation allocation, JsonPointer path, List<Finding> findings) {
    if (allocation.statedTotal().isEmpty()) {
      findings.add(NoticeRule.NOTICE_UNCHECKED.finding(path.child("statedTotal"), "a stated total", "none printed",
          notice.reference() + " prints no total for " + allocation.grant().name()
              + ": the table's total and the parts were not checked against it"));
    }
    if (allocation.table().isEmpty() && !allocation.tableAttachments().isEmpty()) {
      findings.add(NoticeRule.NOTICE_UNCHECKED.finding(path.child("tableAttachments"), "the allocation table",
          "not supplied", "the table is in " + String.join("、", allocation.tableAttachments())
              + ", which was not supplied: its lines and total were not checked"));
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
          "the parts (其中) of " + allocation.grant().name() + " add up to " + sum + ", not to " + stated));
    }
  }
}
