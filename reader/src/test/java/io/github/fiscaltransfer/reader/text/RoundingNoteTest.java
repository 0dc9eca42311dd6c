package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #31: seed 002's 江财社〔2023〕1号 table (in 元) is exact, so 台山市 one 元 over is an error; a table that prints
 * a rounding note (尾数误差, 四舍五入) is read as declared rounded, and the same difference is a warning naming the note.
 */
class RoundingNoteTest {

  private static final String SEED = SeedTexts.text(SeedTexts.JIANGMEN_16);
  private static final String NOTE = "注：因四舍五入，合计数与分项之和可能存在尾数误差";
  private static final String ONE_YUAN_MORE = SEED.replace("台山市\t33,695,182", "台山市\t33,695,183");

  @Test
  void seed002sTablesAreExact() {
    jiangmen1(SEED).forEach(table -> assertEquals(Precision.exact(), table.precision()));
  }

  @Test
  void oneYuanMoreInAnExactTableIsOneError() {
    List<Finding> sums = sums(ONE_YUAN_MORE);
    assertEquals(1, sums.size(), sums::toString);
    assertEquals(Severity.ERROR, sums.get(0).severity());
    assertEquals("the lines add up to 76,780,001元 but the declared total is 76,780,000元 (difference 1元); the "
        + "figures are exact (no rounding is declared), so one of them is wrong", sums.get(0).message());
  }

  @Test
  void aNoteLineBelowTheTableDeclaresItRounded() {
    String text = ONE_YUAN_MORE.replace("合计\t76,780,000\n", "合计\t76,780,000\n" + NOTE + "\n");
    assertEquals(List.of(Precision.rounded(NOTE)), jiangmen1(text).stream().map(AllocationTable::precision).toList());
    List<Finding> sums = sums(text);
    assertEquals(1, sums.size(), sums::toString);
    assertEquals(Severity.WARNING, sums.get(0).severity());
    assertEquals("the lines add up to 76,780,001元 but the declared total is 76,780,000元 (difference 1元); within "
        + "the ±2元 that rounding (四舍五入) 4 printed figures allows (" + NOTE + ")", sums.get(0).message());
  }

  @Test
  void aNoteInTheTotalsRemarkDeclaresItRounded() {
    String text = SEED.replace("合计\t76,780,000\n", "合计\t76,780,000\t尾数误差系四舍五入所致\n");
    assertEquals(List.of(Precision.rounded("尾数误差系四舍五入所致")),
        jiangmen1(text).stream().map(AllocationTable::precision).toList());
  }

  /** The table of 江财社〔2023〕1号, which 16号 confirms. */
  private static List<AllocationTable> jiangmen1(String text) {
    ReadResult<TransferNotice> read = NoticeTextReader.builtIn().read(text);
    TransferNotice first = read.document().orElseThrow().confirmed().stream()
        .filter(notice -> notice.number().orElseThrow().toString().equals("江财社〔2023〕1号")).findFirst().orElseThrow();
    return List.of(first.allocations().get(0).table().orElseThrow());
  }

  private static List<Finding> sums(String text) {
    TransferNotice notice = NoticeTextReader.builtIn().read(text).document().orElseThrow();
    return NoticeValidator.builtIn().validate(notice).findings("table.sum");
  }
}
