package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notice reproducers of issue 35 ({@code /intake/}): the reader never throws, and says where the text is wrong. */
class IntakeNoticesTest {

  private static ReadResult<TransferNotice> read(String name) {
    return NoticeTextReader.builtIn().read(SeedTexts.text("/intake/" + name));
  }

  private static List<String> at(ReadResult<TransferNotice> read, ReadRule rule) {
    return read.report().findings().findings(rule.id()).stream()
        .map(f -> f.source().orElseThrow() + " " + f.actual().orElse("")).toList();
  }

  @Test
  void aSecondLabelOfAKindIsAFindingAtItsText() {
    String text = SeedTexts.text("/intake/notice-two-labels.txt");
    assertEquals(false, read("notice-two-labels.txt").document().isPresent(), "江门财政局 is no unit: unreadable");
    ReadResult<TransferNotice> read = NoticeTextReader.builtIn().read(text.replace("江门财政局", "江门市财政局"));
    int column = text.lines().toList().get(3).indexOf("01金") + 1;
    assertEquals(List.of("line 4, column " + column + " 01金"), at(read, ReadRule.VALUE).stream()
        .filter(f -> f.endsWith("01金")).toList());
  }

  @Test
  void anExpenditureCodeAfterTheWordsRevenueIsReadAsTheExpenditureSubject() {
    ReadResult<TransferNotice> read = read("notice-revenue-subject.txt");
    assertEquals(List.of(), at(read, ReadRule.VALUE).stream().filter(f -> f.contains("21015")).toList());
    read.document().ifPresent(notice -> assertEquals("21015",
        notice.allocations().get(0).grant().expenditureSubject().orElseThrow().code().toString()));
  }

  @Test
  void aFiveDigitYearIsAFindingAtItsTextNeverAYear() {
    ReadResult<TransferNotice> read = read("notice-year-20222.txt");
    assertEquals(List.of("line 3, column 4 20222"), at(read, ReadRule.VALUE).stream()
        .filter(f -> f.contains("20222")).toList());
    assertEquals(false, read.document().isPresent() && read.document().get().allocations().get(0).grant()
        .fiscalYear().getValue() > 9999);
  }
}
