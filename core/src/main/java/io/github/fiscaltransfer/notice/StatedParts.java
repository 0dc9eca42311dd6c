package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.RetainedShare;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks of what an allocation's text states: its 其中 parts against its stated total, the parts it names by level
 * (省级留用, 下达各地市) against the table's lines of that level, and what its absences leave unchecked.
 */
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
    if (!parts.isEmpty() && allocation.statedTotal().isPresent()) {
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
    allocation.table().ifPresent(table -> levels(parts, table, path, findings));
  }

  /** Each part named by level against the table's lines of that level: the issuer's own share, or those below. */
  private static void levels(List<StatedPart> parts, AllocationTable table, JsonPointer path,
      List<Finding> findings) {
    for (int i = 0; i < parts.size(); i++) {
      StatedPart part = parts.get(i);
      Optional<Boolean> retained = retained(part.name());
      if (retained.isEmpty()) {
        continue;
      }
      PrintedAmount sum = PrintedAmount.of(BigDecimal.ZERO, table.unit());
      int lines = 0;
      for (AllocationLine line : table.lines()) {
        if (line.recipient() instanceof RetainedShare == retained.get()) {
          sum = sum.plus(line.amount());
          lines++;
        }
      }
      if (!sum.isSameAmountAs(part.amount())) {
        findings.add(NoticeRule.NOTICE_PART_LINES.finding(path.element("parts", i), sum, part.amount(),
            retained.get() ? "retained" : "below", Arguments.of("part", part).and("lines", lines).and("sum", sum)
                .and("difference", part.amount().formatDifference(sum))));
      }
    }
  }

  /** Whether a part's name says the issuer keeps it (true), sends it below (false), or neither (empty). */
  private static Optional<Boolean> retained(String name) {
    if (name.contains("留用") || name.endsWith("本级")) {
      return Optional.of(true);
    }
    if (name.contains("下达") || name.matches(".*(各地|各市|各县|各区|市县|县区|县市).*")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
