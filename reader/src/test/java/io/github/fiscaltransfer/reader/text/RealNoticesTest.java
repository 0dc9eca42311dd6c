package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.identifier.DocumentReference.Role;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.FundingOrigin;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.Obligation;
import io.github.fiscaltransfer.notice.StatedPart;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Finding;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The five real notices of {@code /real/notices/} (see its README), each read to what a budget officer reads. */
class RealNoticesTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();

  private static ReadResult<TransferNotice> read(String name) {
    return READER.read(SeedTexts.text("/real/notices/" + name + ".txt"));
  }

  private static GrantAllocation allocation(TransferNotice notice) {
    assertEquals(1, notice.allocations().size());
    return notice.allocations().get(0);
  }

  private static List<String> ids(ReadResult<TransferNotice> read, ReadRule rule) {
    return read.report().findings().findings(rule.id()).stream().map(f -> f.source().orElseThrow()).toList();
  }

  private static List<String> validation(TransferNotice notice) {
    return NoticeValidator.builtIn().validate(notice).findings().stream()
        .map(f -> f.ruleId() + " " + f.pointer()).toList();
  }

  @Test
  void guangdong61StatesItsTotalAndLeavesProjectsAndSubjectsToItsAttachment() {
    ReadResult<TransferNotice> read = read("guangdong-2020-sports-61");
    TransferNotice notice = read.document().orElseThrow();
    assertEquals(DocumentNumber.parse("粤财科教〔2020〕61号"), notice.number().orElseThrow());
    assertEquals("广东省", notice.issuer().name());
    assertEquals("广东省财政厅", notice.issuingAuthority());
    assertEquals(Optional.of(LocalDate.of(2020, 3, 14)), notice.issueDate());
    assertEquals(NoticeKind.FORMAL, notice.kind());
    assertEquals(List.of("省体育局,各地级以上市财政局,财政省直管县(市)财政局"), notice.addressees());
    GrantAllocation allocation = allocation(notice);
    assertEquals("文化繁荣发展专项资金(省体育局负责部分)", allocation.grant().name());
    assertEquals(Year.of(2020), allocation.grant().fiscalYear());
    assertEquals(Optional.of(FundingSource.PROVINCIAL), allocation.grant().fundingSource());
    assertEquals(FundingOrigin.BODY, allocation.grant().fundingOrigin());
    assertEquals(Optional.of(PrintedAmount.parse("15,920.2万元")), allocation.statedTotal());
    assertEquals(Optional.empty(), allocation.grant().expenditureSubject());
    assertEquals(List.of(), allocation.grant().economicSubjects());
    assertEquals(Optional.empty(), allocation.table());
    assertEquals(List.of("2020年文化繁荣发展专项资金(省体育局负责部分)项目明细表.doc"), allocation.tableAttachments());
    assertEquals(List.of("2020年文化繁荣发展专项资金(省体育局负责部分)项目明细表.doc",
        "文化繁荣发展专项资金(省体育局负责部分)绩效目标表.xls"), notice.attachments());
    assertTrue(validation(notice).contains("notice.unchecked /allocations/0/tableAttachments"));
  }

  @Test
  void hunan176GivesCentralMoneyToChangshaAndTellsItsParentFromItsRules() {
    ReadResult<TransferNotice> read = read("hunan-2017-supply-chain-176");
    TransferNotice notice = read.document().orElseThrow();
    assertEquals(DocumentNumber.parse("湘财建指〔2017〕176号"), notice.number().orElseThrow());
    assertEquals("湖南省财政厅关于下达2017年第二批中央服务业发展专项资金(供应链体系建设)的通知", notice.title());
    assertEquals(List.of("line 3, column 1"), read.report().findings().findings(ReadRule.NOT_READ.id()).stream()
        .filter(f -> f.message().contains("title printed again")).map(f -> f.source().orElseThrow()).toList());
    assertEquals("湖南省", notice.issuer().name());
    assertEquals(Optional.of(LocalDate.of(2017, 7, 11)), notice.issueDate());
    assertEquals(List.of("长沙市财政局"), notice.addressees());
    assertEquals(List.of("省商务厅"), notice.copiedTo());
    assertEquals(Optional.of("主动公开"), notice.disclosure());
    GrantAllocation allocation = allocation(notice);
    assertEquals("2017年第二批中央服务业发展专项资金(供应链体系建设)", allocation.grant().name(), "as the title prints it");
    assertEquals(Year.of(2017), allocation.grant().fiscalYear());
    assertEquals(Optional.of(FundingSource.CENTRAL), allocation.grant().fundingSource());
    assertEquals(Optional.of(Subject.parse("2160299 其他商业流通事务支出")), allocation.grant().expenditureSubject());
    assertEquals(List.of(Subject.parse("30299 其他商品和服务支出")), allocation.grant().economicSubjects());
    assertEquals(Optional.of(PrintedAmount.parse("8,000万元")), allocation.statedTotal());
    var table = allocation.table().orElseThrow();
    assertEquals(1, table.lines().size());
    assertEquals("长沙市", table.lines().get(0).recipient().name());
    assertEquals(PrintedAmount.parse("8,000万元"), table.lines().get(0).amount());
    assertEquals(List.of(Role.SOURCE, Role.RULE, Role.RULE), notice.basis().stream().map(DocumentReference::role)
        .toList());
    assertEquals(List.of("财建〔2017〕378号", "财预〔2015〕163号", "财建〔2015〕256号"), numbers(notice));
    assertEquals(List.of(Obligation.of("报省财政厅、省商务厅", "于7月24日前", LocalDate.of(2017, 7, 24))),
        notice.obligations());
    assertEquals(List.of(), validation(notice).stream().filter(v -> !v.startsWith("subject.catalog")).toList());
  }

  @Test
  void changsha10GivesOneDistrictItsPartsThatAddUpExactly() {
    ReadResult<TransferNotice> read = read("changsha-2018-afforestation-10");
    TransferNotice notice = read.document().orElseThrow();
    assertEquals(DocumentNumber.parse("长财农指〔2018〕10号"), notice.number().orElseThrow());
    assertEquals("关于下达中央财政2018年第一批造林补贴资金的通知", notice.title());
    assertEquals("长沙市", notice.issuer().name());
    assertEquals(Optional.of(LocalDate.of(2018, 1, 17)), notice.issueDate());
    GrantAllocation allocation = allocation(notice);
    assertEquals("2018年第一批造林补贴资金", allocation.grant().name(), "a batch is kept with its year");
    assertEquals(Year.of(2018), allocation.grant().fiscalYear());
    assertEquals(Optional.of(FundingSource.CENTRAL), allocation.grant().fundingSource());
    assertEquals(Optional.of(PrintedAmount.parse("21.5万元")), allocation.statedTotal());
    assertEquals(List.of(StatedPart.of("直接费用", PrintedAmount.parse("20万元")),
        StatedPart.of("间接费用", PrintedAmount.parse("1.5万元"))), allocation.parts());
    assertEquals("望城区", allocation.table().orElseThrow().lines().get(0).recipient().name());
    assertEquals(Optional.of(Subject.parse("2130205 森林培育")), allocation.grant().expenditureSubject());
    assertEquals(List.of(Subject.parse("50299 其他商品和服务支出"), Subject.parse("30299 其他商品和服务支出")),
        allocation.grant().economicSubjects());
    assertEquals(List.of("湘财农指〔2017〕253号"), numbers(notice));
    assertEquals(List.of(Role.SOURCE), notice.basis().stream().map(DocumentReference::role).toList());
    assertEquals(List.of("line 5, column 39"), ids(read, ReadRule.NUMBER_FORM));
    assertEquals(1, read.report().findings().findings(ReadRule.NOT_READ.id()).stream()
        .filter(f -> f.actual().orElse("").contains("共印7份")).count());
    assertEquals(List.of(), validation(notice).stream().filter(v -> !v.startsWith("subject.catalog")).toList());
  }

  @Test
  void partsThatDoNotAddUpAreAFinding() {
    String text = SeedTexts.text("/real/notices/changsha-2018-afforestation-10.txt").replace("间接费用1.5万", "间接费用1.4万");
    TransferNotice notice = READER.read(text).document().orElseThrow();
    assertTrue(validation(notice).contains("notice.parts /allocations/0/parts"));
  }

  @Test
  void hunan7ReadsItsSpacedNumberAndReportsItsBlankAmountNeverAsZero() {
    ReadResult<TransferNotice> read = read("hunan-2017-forest-roads-7");
    TransferNotice notice = read.document().orElseThrow();
    assertEquals(DocumentNumber.parse("湘财建指〔2017〕7号"), notice.number().orElseThrow());
    assertEquals(List.of("line 4, column 1"), ids(read, ReadRule.JOINED));
    assertEquals("湖南省财政厅关于下达2017年度林路养护资金的通知", notice.title());
    assertEquals(Optional.empty(), notice.issueDate());
    GrantAllocation allocation = allocation(notice);
    assertEquals("林路养护资金", allocation.grant().name());
    assertEquals(Optional.empty(), allocation.statedTotal());
    assertEquals(List.of("line 8, column 95"), ids(read, ReadRule.BLANK));
    assertEquals(Optional.of(Subject.parse("2140199 其他公路水路运输支出")), allocation.grant().expenditureSubject());
    assertEquals(List.of(Subject.parse("31005 基础设施建设")), allocation.grant().economicSubjects());
    assertEquals(FundingOrigin.NOT_STATED, allocation.grant().fundingOrigin());
    assertEquals(List.of("2017年度林路养护专项资金明细表.xls"), allocation.tableAttachments());
    assertEquals(1, read.report().findings().findings(ReadRule.NOT_READ.id()).stream()
        .filter(f -> f.source().orElseThrow().equals("line 2, column 1")).count(), "the 来源/日期 line");
    assertEquals(List.of(Role.PLAN), notice.basis().stream().map(DocumentReference::role).toList());
    assertTrue(validation(notice).contains("notice.unchecked /allocations/0/statedTotal"));
  }

  @Test
  void yongjia471ReadsThreeAuthoritiesProjectsAndItsParentAfterAMetadataBlock() {
    ReadResult<TransferNotice> read = read("yongjia-2021-rural-471");
    TransferNotice notice = read.document().orElseThrow();
    assertEquals(DocumentNumber.parse("永财农〔2021〕471号"), notice.number().orElseThrow());
    assertEquals("永嘉县", notice.issuer().name());
    assertEquals("永嘉县财政局", notice.issuingAuthority());
    assertEquals(List.of("永嘉县农业农村局", "永嘉县乡村振兴局"), notice.coIssuers());
    assertEquals(Optional.of(LocalDate.of(2021, 11, 16)), notice.issueDate());
    assertEquals(List.of("line 3, column 6"), ids(read, ReadRule.CONTRADICTION), "成文日期 2021-11-22");
    assertEquals(Optional.of("主动公开"), notice.disclosure());
    GrantAllocation allocation = allocation(notice);
    assertEquals("2021年度第三批农村基础设施和农业开发项目财政衔接补助资金", allocation.grant().name());
    assertEquals(Year.of(2021), allocation.grant().fiscalYear());
    assertEquals(Optional.of(PrintedAmount.parse("106.21万元")), allocation.statedTotal());
    assertEquals(Optional.of(FundingSource.PROVINCIAL), allocation.grant().fundingSource());
    assertEquals(FundingOrigin.PARENT, allocation.grant().fundingOrigin());
    assertEquals(List.of("2021年度第三批农村基础设施建设项目财政衔接资金安排表", "2021年度第三批农业开发项目财政衔接资金安排表"),
        allocation.tableAttachments());
    assertEquals(List.of("永财农〔2019〕288号", "永农〔2019〕66号", "永农〔2020〕53号", "浙财农〔2020〕59号"), numbers(notice));
    assertEquals(List.of(Role.RULE, Role.PLAN, Role.PLAN, Role.SOURCE),
        notice.basis().stream().map(DocumentReference::role).toList());
  }

  /**
   * 永财农〔2021〕471号 with its two tables of projects printed after it, as a text that carries its attachments would
   * (the figures are made up for this test: the real attachments are not published as text). The tables are read as
   * one, every project a line kept as printed and said to be no fiscal unit; 项目名称 opens a table, not a target
   * table.
   */
  private static final String TABLES = """

      附件1

      2021年度第三批农村基础设施建设项目财政衔接资金安排表

      单位：万元

      项目名称	补助资金
      岩坦镇潘塘村农村基础设施项目	40.00
      合计	40.00

      附件2

      2021年度第三批农业开发项目财政衔接资金安排表

      单位：万元

      项目名称	补助资金
      茗岙乡松华中药材专业合作社	30.00
      示例农业开发项目乙	20.00
      示例农业开发项目丙	16.21
      合计	66.21
      """;

  @Test
  void yongjia471WithItsProjectTablesCarriedReadsEveryProjectAsALine() {
    ReadResult<TransferNotice> read = READER.read(SeedTexts.text("/real/notices/yongjia-2021-rural-471.txt") + TABLES);
    GrantAllocation allocation = allocation(read.document().orElseThrow());
    var table = allocation.table().orElseThrow();
    assertEquals(List.of("岩坦镇潘塘村农村基础设施项目", "茗岙乡松华中药材专业合作社", "示例农业开发项目乙", "示例农业开发项目丙"),
        table.lines().stream().map(line -> line.recipient().name()).toList());
    assertEquals(PrintedAmount.parse("16.21万元"), table.lines().get(3).amount());
    assertEquals(PrintedAmount.parse("106.21万元"), table.declaredTotal());
    assertEquals(List.of(), allocation.tableAttachments());
    assertEquals(List.of("line 39, column 1"), ids(read, ReadRule.JOINED), "the second table's 单位 line");
    assertEquals(List.of(), read.report().findings().findings(ReadRule.NOT_READ.id()).stream()
        .filter(f -> f.message().contains("绩效目标表") || f.message().contains("table")).toList());
    List<Finding> unknown = NoticeValidator.builtIn().validate(read.document().orElseThrow())
        .findings("table.recipient-unknown");
    assertEquals(4, unknown.size());
    assertTrue(unknown.get(0).message().endsWith("is a project or department, not a fiscal unit: no list of "
        + "divisions holds it"), unknown.get(0).message());
    assertEquals(List.of("table.recipient-unknown"), validation(read.document().orElseThrow()).stream()
        .map(v -> v.split(" ")[0]).filter(id -> !id.startsWith("subject.catalog")).distinct().toList());
  }

  @Test
  void tablesThatDoNotEachAddUpAreNotJoinedAndTheSecondIsNamed() {
    String text = SeedTexts.text("/real/notices/yongjia-2021-rural-471.txt") + TABLES.replace("合计\t66.21", "合计\t66.20");
    ReadResult<TransferNotice> read = READER.read(text);
    assertEquals(1, allocation(read.document().orElseThrow()).table().orElseThrow().lines().size());
    assertEquals(List.of("line 39, column 1"), ids(read, ReadRule.NOT_READ).stream()
        .filter(at -> at.equals("line 39, column 1")).toList());
  }

  private static List<String> numbers(TransferNotice notice) {
    return notice.basis().stream().map(r -> r.number().orElseThrow().toString()).toList();
  }
}
