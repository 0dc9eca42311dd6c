package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.StatedPart;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the bodies of seeds 000–002 state — the total (现提前下达…共 10,831 万元) and the parts they name (其中) — against
 * their allocation tables: {@code notice.total}, {@code notice.parts} and {@code notice.part-lines}.
 */
class SeedNoticeTotalsTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();
  private static final Set<String> STATED = Set.of(NoticeRule.NOTICE_TOTAL.id(), NoticeRule.NOTICE_PARTS.id(),
      NoticeRule.NOTICE_PART_LINES.id());
  /** Seed 000 prints no title: the one it is typed with (the other seeds print theirs). */
  private static final String TITLE = SeedNotices.guangdong307().title();
  /** Seed 000's operative sentence, where a body states its per-level sums. */
  private static final String ANCHOR = "详见附件 1）";

  @Test
  void eachSeedBodyStatesTheTotalItsTableDeclares() {
    // 000: 现提前下达…共 10,831 万元, 附件1 全省合计 10,831. 001: 现下达…60万元 (no table in the text). 002: 1号 7,678,
    // 2号 1,829, 3号 194 万元 against their tables' 合计; the covering notice 16号 states no total.
    TransferNotice guangdong = read(SeedTexts.GUANGDONG_307);
    assertEquals("10,831万元", only(guangdong).statedTotal().orElseThrow().toString());
    assertEquals("10,831万元", only(guangdong).table().orElseThrow().declaredTotal().toString());
    assertEquals("60万元", only(read(SeedTexts.LIANGHE)).statedTotal().orElseThrow().toString());
    TransferNotice jiangmen = read(SeedTexts.JIANGMEN_16);
    // 1号 and 2号 print their tables in 元 (76,780,000 and 18,290,000), 3号 in 万元 to 0.01: the same amounts.
    assertEquals(List.of("76,780,000元", "18,290,000元", "194.00万元"), jiangmen.confirmed().stream()
        .map(n -> only(n).table().orElseThrow().declaredTotal().toString()).toList());
    for (String seed : SeedTexts.NOTICES) {
      TransferNotice notice = read(seed);
      assertEquals(List.of(), stated(NoticeValidator.builtIn().validate(notice)), seed);
      assertTrue(allAllocations(notice).stream().allMatch(a -> a.parts().isEmpty()), seed + " names no 其中 part");
    }
  }

  @Test
  void perLevelSumsThatMatchTheTablePass() {
    TransferNotice notice = guangdongWith("，其中省级留用6,800万元，下达各地市4,031万元");
    assertEquals(List.of(StatedPart.of("省级留用", PrintedAmount.parse("6,800万元")),
        StatedPart.of("下达各地市", PrintedAmount.parse("4,031万元"))), only(notice).parts());
    assertEquals(List.of(), stated(NoticeValidator.builtIn().validate(notice)));
  }

  @Test
  void aWrongPartIsReportedAgainstTheTotalAndAgainstTheTable() {
    // 下达各地市 4,030: 6,800 + 4,030 = 10,830 is not the stated 10,831, and the 20 cities' lines add up to 4,031.
    List<Finding> findings = stated(NoticeValidator.builtIn().validate(guangdongWith(
        "，其中省级留用6,800万元，下达各地市4,030万元")));
    assertEquals(List.of("notice.parts 粤财社〔2021〕307号#/allocations/0/parts 10,831万元 10,830万元",
        "notice.part-lines 粤财社〔2021〕307号#/allocations/0/parts/1 4,031万元 4,030万元"), describe(findings));
  }

  @Test
  void partsThatAddUpButSplitTheLevelsWronglyAreReportedAgainstTheTable() {
    List<Finding> findings = stated(NoticeValidator.builtIn().validate(guangdongWith(
        "，其中省级留用6,900万元，下达各地市3,931万元")));
    assertEquals(List.of("notice.part-lines 粤财社〔2021〕307号#/allocations/0/parts/0 6,800万元 6,900万元",
        "notice.part-lines 粤财社〔2021〕307号#/allocations/0/parts/1 4,031万元 3,931万元"), describe(findings));
    ValidationPolicy off = ValidationPolicy.builder().disable(NoticeRule.NOTICE_PART_LINES).build();
    assertEquals(List.of(), stated(NoticeValidator.of(off).validate(guangdongWith(
        "，其中省级留用6,900万元，下达各地市3,931万元"))));
  }

  private static TransferNotice guangdongWith(String parts) {
    String text = SeedTexts.text(SeedTexts.GUANGDONG_307);
    assertTrue(text.contains(ANCHOR));
    return READER.read(text.replace(ANCHOR, ANCHOR + parts), TITLE).document().orElseThrow();
  }

  private static TransferNotice read(String seed) {
    return READER.read(SeedTexts.text(seed), TITLE).document().orElseThrow();
  }

  private static GrantAllocation only(TransferNotice notice) {
    assertEquals(1, notice.allocations().size());
    return notice.allocations().get(0);
  }

  private static List<GrantAllocation> allAllocations(TransferNotice notice) {
    return java.util.stream.Stream.concat(notice.allocations().stream(),
        notice.confirmed().stream().flatMap(n -> allAllocations(n).stream())).toList();
  }

  private static List<Finding> stated(ValidationReport report) {
    return report.findings().stream().filter(f -> STATED.contains(f.ruleId())).toList();
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.path() + " " + f.expected().orElse("") + " "
        + f.actual().orElse("")).toList();
  }
}
