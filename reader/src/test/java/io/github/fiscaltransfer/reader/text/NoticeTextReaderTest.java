package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading damaged copies of seed 000 (粤财社〔2021〕307号), checked against its printed figures. */
class NoticeTextReaderTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();
  private static final String SEED = SeedTexts.text(SeedTexts.GUANGDONG_307);

  @Test
  void theTableOfSeed000AsPrinted() {
    TransferNotice notice = READER.read(SEED, "title").document().orElseThrow();
    var table = notice.allocations().get(0).table().orElseThrow();
    assertEquals(21, table.lines().size());
    assertEquals(PrintedAmount.parse("10,831万元"), table.declaredTotal());
    assertEquals(PrintedAmount.parse("196万元"), table.line("江门市").orElseThrow().amount());
    assertEquals(PrintedAmount.parse("6,800万元"), table.line("省级留用").orElseThrow().amount());
  }

  @Test
  void aFigureSplitBySpacesIsJoinedAndTheJoinReported() {
    ReadResult<TransferNotice> read = READER.read(SEED.replace("全省合计 10,831", "全省合计 10,8 31"), "title");
    assertEquals(PrintedAmount.parse("10,831万元"),
        read.document().orElseThrow().allocations().get(0).table().orElseThrow().declaredTotal());
    assertEquals(List.of("line 66, column 6"), paths(read, ReadRule.JOINED));
  }

  @Test
  void digitsThatMayBeTwoFiguresAreNotReadButNamed() {
    ReadResult<TransferNotice> read = READER.read(SEED.replace("13 江门市 196", "13 江门市 19 6"), "title");
    assertEquals(List.of("line 80, column 8"), paths(read, ReadRule.AMBIGUOUS));
    TransferNotice notice = read.document().orElseThrow();
    assertTrue(notice.allocations().get(0).table().orElseThrow().line("江门市").isEmpty());
    assertTrue(NoticeValidator.builtIn().validate(notice).findings("table.sum").size() == 1,
        "the missing line then shows as a table that does not add up");
  }

  @Test
  void aLostTableIsReported() {
    String withoutTable = SEED.substring(0, SEED.indexOf("单位：万元")) + SEED.substring(SEED.indexOf(" 附件2"));
    ReadResult<TransferNotice> read = READER.read(withoutTable, "title");
    assertEquals(1, read.report().findings().findings(ReadRule.TABLE_MISSING.id()).size());
    assertTrue(read.document().orElseThrow().allocations().get(0).table().isEmpty());
  }

  @Test
  void withoutTheSuppliedTitleSeed000HasNoDocumentAndSaysWhy() {
    ReadResult<TransferNotice> read = READER.read(SEED);
    assertTrue(read.document().isEmpty());
    assertEquals(List.of("/title"), read.report().absent());
    assertTrue(read.report().findings().hasErrors());
  }

  @Test
  void everyValueKeepsItsPosition() {
    ReadResult<TransferNotice> read = READER.read(SEED, "title");
    assertEquals(SourcePosition.inText(2, 1), read.report().position("/urgency").orElseThrow());
    assertEquals(SourcePosition.inText(18, 1), read.report().position("/allocations/0/statedTotal").orElseThrow());
    assertEquals(SourcePosition.inText(35, 25), read.report().position("/allocations/0/grant/labels/0")
        .orElseThrow());
  }

  @Test
  void aPageBreakInsideTheTableReadsToTheTableAsPrinted() {
    String broken = SEED.replace("9 惠州市 201\n", "9 惠州市 201\n\n- 2 -\n\n附件1（续）\n\n单位：万元\n\n序号 地区 补助金额 备注\n");
    ReadResult<TransferNotice> read = READER.read(broken, "title");
    assertEquals(READER.read(SEED, "title").document(), read.document(), read.report()::toString);
    assertEquals(List.of("line 77, column 1", "line 79, column 1", "line 81, column 1", "line 83, column 1"),
        paths(read, ReadRule.PAGE_FURNITURE));
    assertTrue(NoticeValidator.builtIn().validate(read.document().orElseThrow()).findings("table.sum").isEmpty());
  }

  @Test
  void aRepeatedTitleAfterAPageNumberIsFurnitureToo() {
    String titled = SEED.replace("单位：万元\n", "提前下达资金分配表\n单位：万元\n")
        .replace("9 惠州市 201\n", "9 惠州市 201\n第 2 页\n提前下达资金分配表\n序号 地区 补助金额 备注\n");
    ReadResult<TransferNotice> read = READER.read(titled, "title");
    var table = read.document().orElseThrow().allocations().get(0).table().orElseThrow();
    assertEquals(21, table.lines().size(), read.report()::toString);
    assertTrue(read.report().findings().findings(ReadRule.UNREAD.id()).isEmpty(), read.report()::toString);
  }

  @Test
  void aNameWrappedOntoTheNextLineIsJoinedAndTheJoinReported() {
    ReadResult<TransferNotice> read = READER.read(SEED.replace("12 中山市 165\n", "12 中山 165\n市\n"), "title");
    assertEquals(READER.read(SEED, "title").document(), read.document(), read.report()::toString);
    assertEquals(List.of("line 80, column 1"), paths(read, ReadRule.JOINED));
  }

  @Test
  void textThatIsNoNoticeIsReportedNotThrown() {
    for (String text : List.of("", "\n\n", "特急", "各地：", "单位：万元\n1 广州市 357", "附件：\n单位：元")) {
      ReadResult<TransferNotice> read = READER.read(text);
      assertTrue(read.document().isEmpty(), text);
      assertTrue(read.report().findings().hasErrors() || !read.report().findings().isEmpty(), text);
    }
  }

  private static List<String> paths(ReadResult<TransferNotice> read, ReadRule rule) {
    return read.report().findings().findings(rule.id()).stream().map(f -> f.source().orElseThrow()).toList();
  }

  /** Issue #32, found by NoticeTextRoundTripPropertyTest: forms the real corpus prints, each read or named. */
  private static final String CENTRAL = """
      索引号 001008003014011/2015-283882 主题分类 财政
      成文日期 2015-03-20 公开方式 主动公开
      文号 财建【2015】1号 其他信息 下载阅读版

      财政部 关于下达2015年第二批林路养护资金的通知
      湖南省财政厅:
      现下达你省2015年第二批林路养护资金0.01万元。此款列政府支出功能科目森林培育（2130205），收入列边境地区转移支付收入(1100230)，请按规定使用。
      财政部
      2015年3月20日
      """;

  @Test
  void aMetadataNumberInLenticularBracketsIsReadAndReported() {
    ReadResult<TransferNotice> read = READER.read(CENTRAL);
    assertEquals("财建〔2015〕1号", read.document().orElseThrow().number().orElseThrow().toString());
    assertEquals(List.of("line 3, column 4"), read.report().findings().findings(ReadRule.NUMBER_FORM.id()).stream()
        .map(f -> f.source().orElseThrow()).toList());
  }

  @Test
  void aMetadataNumberThatIsNoNumberIsNamedNeverDropped() {
    ReadResult<TransferNotice> read = READER.read(CENTRAL.replace("财建【2015】1号", "见正文"));
    assertEquals(List.of("line 3, column 4"), read.report().findings().findings(ReadRule.UNREAD.id()).stream()
        .map(f -> f.source().orElseThrow()).toList());
  }

  @Test
  void unquotedSubjectsAfterTheirClassificationWordsAreReadWithoutThem() {
    var grant = READER.read(CENTRAL).document().orElseThrow().allocations().get(0).grant();
    assertEquals("2130205 森林培育", grant.expenditureSubject().orElseThrow().toString());
    assertEquals("1100230 边境地区转移支付收入", grant.revenueSubject().orElseThrow().toString());
    assertEquals("2015年第二批林路养护资金", grant.name());
  }
}
