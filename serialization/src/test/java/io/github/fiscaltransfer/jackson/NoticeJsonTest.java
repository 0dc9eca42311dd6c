package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The notice composites as JSON, with figures from 江财社〔2023〕3号 (194.00万元; 市本级 70.91, 蓬江区 16.57):
 * serializers, deserializers, round trips, unit resolution and the errors users read.
 */
class NoticeJsonTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();
  private static final FiscalUnit PENGJIANG = UNITS.byName("蓬江区").orElseThrow();

  private static final String LINE = "{\"recipient\":{\"name\":\"蓬江区\",\"code\":\"440703\"},"
      + "\"amount\":{\"figure\":\"16.57\",\"unit\":\"万元\"}}";
  private static final String TABLE = "{\"title\":\"预下达2023年中央财政医疗服务与保障能力提升补助资金表\",\"unit\":\"万元\","
      + "\"declaredTotal\":{\"figure\":\"87.48\",\"unit\":\"万元\"},\"lines\":[{\"recipient\":{\"name\":\"市本级\"},"
      + "\"amount\":{\"figure\":\"70.91\",\"unit\":\"万元\"},\"note\":\"含尾差\"}," + LINE + "]}";
  private static final String GRANT = "{\"name\":\"医疗服务与保障能力提升补助资金\",\"fiscalYear\":2023,"
      + "\"fundingSource\":\"central\",\"expenditureSubject\":\"21015 医疗保障管理事务\",\"labels\":[]}";
  private static final String NOTICE = "{\"number\":\"江财社〔2023〕3号\",\"title\":\"关于预下达2023年中央财政医疗服务与保障"
      + "能力提升补助资金的通知\",\"issuer\":{\"name\":\"江门市\",\"code\":\"440700\"},\"issuingAuthority\":\"江门市财政局\","
      + "\"issueDate\":\"2023-01-10\",\"urgency\":\"none\",\"kind\":\"pre_allocation\",\"addressees\":[\"各县（市、区）财政局\"],"
      + "\"copiedTo\":[\"市医保局\"],\"disclosure\":\"主动公开\",\"basis\":[{\"number\":\"粤财社〔2022〕328号\"}],"
      + "\"allocations\":[{\"grant\":" + GRANT + ",\"statedTotal\":{\"figure\":\"87.48\",\"unit\":\"万元\"},\"table\":"
      + TABLE + "}],\"confirmed\":[],\"attachments\":[\"预下达2023年中央财政医疗服务与保障能力提升补助资金表\"]}";

  private static PrintedAmount wan(String figure) {
    return PrintedAmount.parse(figure, AmountUnit.WAN_YUAN);
  }

  private static AllocationTable table() {
    return AllocationTable.builder().title("预下达2023年中央财政医疗服务与保障能力提升补助资金表").unit(AmountUnit.WAN_YUAN)
        .addLines(AllocationLine.of(JIANGMEN.retainedShare("市本级"), wan("70.91")).withNote("含尾差"),
            AllocationLine.of(PENGJIANG, wan("16.57")))
        .declaredTotal(wan("87.48")).build();
  }

  private static TransferNotice notice() {
    Grant grant = Grant.builder().name("医疗服务与保障能力提升补助资金").fiscalYear(Year.of(2023))
        .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse("21015 医疗保障管理事务")).build();
    return TransferNotice.builder().number(DocumentNumber.parse("江财社〔2023〕3号"))
        .title("关于预下达2023年中央财政医疗服务与保障能力提升补助资金的通知").issuer(JIANGMEN).issuingAuthority("江门市财政局")
        .issueDate(LocalDate.of(2023, 1, 10)).kind(NoticeKind.PRE_ALLOCATION).addAddressees("各县（市、区）财政局")
        .addCopiedTo("市医保局").disclosure("主动公开").addBasis(DocumentReference.of(DocumentNumber.parse("粤财社〔2022〕328号")))
        .addAllocations(GrantAllocation.of(grant, wan("87.48"), table()))
        .addAttachments("预下达2023年中央财政医疗服务与保障能力提升补助资金表").build();
  }

  private static ObjectReader inJiangmen(Class<?> type) {
    return Mappers.newMapper().readerFor(type).withAttribute(FiscalTransferModule.ISSUER, JIANGMEN);
  }

  private static <T extends Throwable> T rejects(Class<T> type, String json, String message) {
    T e = assertThrows(type, () -> Mappers.newMapper().readValue(json, TransferNotice.class));
    assertTrue(e.getMessage().startsWith(message), e::getMessage);
    return e;
  }

  @Test
  void writesEveryAttributeOfTheNotice() {
    assertEquals(NOTICE, Mappers.write(notice()));
  }

  @Test
  void readsEveryAttributeOfTheNotice() {
    assertEquals(notice(), Mappers.read(NOTICE, TransferNotice.class));
  }

  @Test
  void writesAndReadsATableOnItsOwnAgainstTheIssuerAttribute() throws Exception {
    assertEquals(TABLE, Mappers.write(table()));
    AllocationTable back = inJiangmen(AllocationTable.class).readValue(TABLE);
    assertEquals(table(), back);
    assertEquals(2, back.scale());
  }

  /** Issue #31: a table's regime is data; absent (as every 1.0 document has it) means exact. */
  @Test
  void aTableDeclaredRoundedKeepsItsReasonAndAnExactOneWritesNoPrecision() throws Exception {
    assertFalse(TABLE.contains("precision"), TABLE);
    AllocationTable rounded = table().withPrecision(Precision.rounded("注：因四舍五入，合计数与分项之和可能存在尾数误差"));
    String json = Mappers.write(rounded);
    assertTrue(json.contains("\"precision\":\"rounded: 注：因四舍五入，合计数与分项之和可能存在尾数误差\",\"lines\""), json);
    assertEquals(rounded, inJiangmen(AllocationTable.class).readValue(json));
    assertEquals(table(), inJiangmen(AllocationTable.class).readValue(json.replace(
        "\"rounded: 注：因四舍五入，合计数与分项之和可能存在尾数误差\"", "\"exact\"")));
    Exception e = assertThrows(Exception.class, () -> inJiangmen(AllocationTable.class).readValue(
        json.replace("\"rounded: 注", "\"roughly: 注")));
    assertTrue(e.getMessage().contains("A precision is 'exact' or 'rounded: REASON'"), e::getMessage);
  }

  @Test
  void writesAndReadsALineOnItsOwn() throws Exception {
    AllocationLine line = AllocationLine.of(PENGJIANG, wan("16.57"));
    assertEquals(LINE, Mappers.write(line));
    assertEquals(line, inJiangmen(AllocationLine.class).readValue(LINE));
  }

  @Test
  void writesAndReadsAGrantAllocationOnItsOwn() throws Exception {
    GrantAllocation allocation = notice().allocations().get(0);
    String json = "{\"grant\":" + GRANT + ",\"statedTotal\":{\"figure\":\"87.48\",\"unit\":\"万元\"},"
        + "\"table\":" + TABLE + "}";
    assertEquals(json, Mappers.write(allocation));
    assertEquals(allocation, inJiangmen(GrantAllocation.class).readValue(json));
  }

  @Test
  void writesAReferenceByNumberAndTitle() {
    DocumentReference reference = DocumentReference.of("广东省财政厅关于提前下达2023年中央财政医疗服务与保障能力提升补助资金的通知",
        DocumentNumber.parse("粤财社〔2022〕328 号"));
    String json = "{\"number\":\"粤财社〔2022〕328号\",\"title\":\"广东省财政厅关于提前下达2023年中央财政医疗服务与保障能力提升"
        + "补助资金的通知\"}";
    assertEquals(json, Mappers.write(reference));
    assertEquals(reference, Mappers.read(json, DocumentReference.class));
  }

  @Test
  void writesUnitsByNameAndCodeAndRetainedSharesAndUnknownNamesByName() {
    assertEquals("{\"name\":\"江门市\",\"code\":\"440700\"}", Mappers.write(JIANGMEN));
    assertEquals("{\"name\":\"市本级\"}", Mappers.write(JIANGMEN.retainedShare("市本级")));
    assertEquals("{\"name\":\"某某区\"}", Mappers.write(UnknownRecipient.of("某某区", JIANGMEN)));
  }

  @Test
  void readsAUnitByCodeByNameOrByAlias() {
    FiscalUnit dehong = UNITS.byName("德宏州").orElseThrow();
    assertEquals(JIANGMEN, Mappers.read("{\"name\":\"江门市\",\"code\":\"440700\"}", FiscalUnit.class));
    assertEquals(JIANGMEN, Mappers.read("{\"name\":\"江门市\"}", FiscalUnit.class));
    assertEquals(dehong, Mappers.read("{\"name\":\"德宏州\",\"code\":\"533100\"}", FiscalUnit.class));
  }

  @Test
  void readsARetainedShareRelativeToTheIssuer() throws Exception {
    Recipient recipient = inJiangmen(Recipient.class).readValue("{\"name\":\"市本级\"}");
    assertEquals(JIANGMEN.retainedShare("市本级"), recipient);
    assertEquals("市本级", recipient.name());
  }

  @Test
  void keepsAnUnknownNameWhichValidationThenReports() {
    TransferNotice notice = Mappers.read(NOTICE.replace("{\"name\":\"蓬江区\",\"code\":\"440703\"}",
        "{\"name\":\"某某区\"}"), TransferNotice.class);
    AllocationLine line = notice.allocations().get(0).table().orElseThrow().lines().get(1);
    assertEquals(UnknownRecipient.of("某某区", JIANGMEN), line.recipient());
    assertEquals(List.of("江财社〔2023〕3号#/allocations/0/table/lines/1/recipient"), NoticeValidator.builtIn().validate(notice)
        .findings("table.recipient-unknown").stream().map(f -> f.path()).toList());
  }

  @Test
  void failsOnAnUnknownNameWhenTheFeatureIsEnabled() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> FiscalTransferMappers
        .builder(new FiscalTransferModule().with(FiscalTransferFeature.FAIL_ON_UNKNOWN_RECIPIENT)).build()
        .readValue(NOTICE.replace("{\"name\":\"蓬江区\",\"code\":\"440703\"}", "{\"name\":\"某某区\"}"),
            TransferNotice.class));
    assertTrue(e.getMessage().startsWith("Cannot read TransferNotice at /allocations/0/table/lines/1/recipient: "
        + "Unknown recipient '某某区' in a table of 江门市"), e::getMessage);
  }

  @Test
  void resolvesUnitsThroughTheModulesRegistry() throws Exception {
    UnitRegistry county = UnitRegistry.read(new StringReader("code,name,aliases\n530000,云南省,\n533122,梁河县,\n"));
    FiscalUnit lianghe = county.byName("梁河县").orElseThrow();
    assertEquals(lianghe, FiscalTransferMappers.builder(FiscalTransferModule.withUnits(county)).build()
        .readValue("{\"name\":\"梁河县\"}", FiscalUnit.class));
  }

  @Test
  void aSichuanNoticeOf2024ReadsBackAndValidatesAsItWasWritten() throws Exception {
    FiscalUnit sichuan = UNITS.byName("四川省").orElseThrow();
    TransferNotice notice = io.github.fiscaltransfer.notice.NationalNotices.notice("川财社〔2024〕12号", sichuan, 2024,
        "2101301 城乡医疗救助", null, List.of(UNITS.recipient("成都市", sichuan), UNITS.recipient("绵阳市", sichuan)));
    String json = FiscalTransferMappers.newMapper().writeValueAsString(notice);
    TransferNotice read = FiscalTransferMappers.newMapper().readValue(json, TransferNotice.class);
    assertEquals(notice, read);
    assertEquals(List.of("subject.catalog-year"), NoticeValidator.builtIn().validate(read).findings().stream()
        .map(f -> f.ruleId()).toList());
  }

  @Test
  void anUnknownCodeIsKeptAsPrintedAndReportedByValidation() throws Exception {
    TransferNotice notice = FiscalTransferMappers.newMapper().readValue(NOTICE.replace("440703", "440799"),
        TransferNotice.class);
    Recipient kept = notice.allocations().get(0).table().orElseThrow().lines().get(1).recipient();
    assertEquals("蓬江区 (县/市/区 440799)", kept.toString());
    assertEquals(List.of("unit.unknown: 440799 蓬江区 is in no list of divisions the registry has"),
        unitFindings(notice));
  }

  @Test
  void aNameThatDoesNotMatchItsCodeIsKeptAsPrintedAndReported() throws Exception {
    TransferNotice notice = FiscalTransferMappers.newMapper().readValue(NOTICE.replace("\"440703\"", "\"440704\""),
        TransferNotice.class);
    assertEquals(List.of("unit.name: 440704 is 江海区 in 2023, not 蓬江区"), unitFindings(notice));
  }

  private static List<String> unitFindings(TransferNotice notice) {
    return NoticeValidator.builtIn().validate(notice).findings().stream().filter(f -> f.ruleId().startsWith("unit."))
        .map(f -> f.ruleId() + ": " + f.message()).toList();
  }

  @Test
  void aBadCodeIsRejectedByItsOwnParser() {
    InvalidFormatException e = rejects(InvalidFormatException.class, NOTICE.replace("440703", "44070x"),
        "Cannot read DivisionCode at /allocations/0/table/lines/1/recipient/code from \"44070x\"");
    assertEquals("44070x", e.getValue());
  }

  @Test
  void anIssuerWithoutACodeUnderAnUnknownNameIsKeptAsPrintedReportedAndWrittenBackAsRead() throws Exception {
    String json = NOTICE.replace("{\"name\":\"江门市\",\"code\":\"440700\"}", "{\"name\":\"火星市\"}");
    TransferNotice notice = FiscalTransferMappers.newMapper().readValue(json, TransferNotice.class);
    assertEquals(FiscalUnit.unknown("火星市"), notice.issuer());
    assertEquals("火星市 (unknown)", notice.issuer().toString());
    assertEquals(List.of("unit.unknown: 火星市 has no division code, and the registry knows no single unit by that name"),
        unitFindings(notice));
    assertEquals(List.of("江财社〔2023〕3号#/issuer"), NoticeValidator.builtIn().validate(notice)
        .findings("unit.unknown").stream().map(f -> f.path()).toList());
    String written = FiscalTransferMappers.newMapper().writeValueAsString(notice);
    assertTrue(written.contains("\"issuer\":{\"name\":\"火星市\"}"), written);
    assertEquals(notice, FiscalTransferMappers.newMapper().readValue(written, TransferNotice.class));
  }

  @Test
  void aRecipientWithoutACodeUnderAnUnknownNameIsKeptAsPrintedAndWrittenBackAsRead() throws Exception {
    String json = NOTICE.replace("{\"name\":\"蓬江区\",\"code\":\"440703\"}", "{\"name\":\"某某区\"}");
    TransferNotice notice = FiscalTransferMappers.newMapper().readValue(json, TransferNotice.class);
    String written = FiscalTransferMappers.newMapper().writeValueAsString(notice);
    assertTrue(written.contains("\"recipient\":{\"name\":\"某某区\"}"), written);
    TransferNotice read = FiscalTransferMappers.newMapper().readValue(written, TransferNotice.class);
    assertEquals(notice, read);
    assertEquals(UnknownRecipient.of("某某区", JIANGMEN),
        read.allocations().get(0).table().orElseThrow().lines().get(1).recipient());
  }

  @Test
  void anUnknownIssuerIsRejectedWhenTheFeatureIsEnabled() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> FiscalTransferMappers
        .builder(new FiscalTransferModule().with(FiscalTransferFeature.FAIL_ON_UNKNOWN_RECIPIENT)).build()
        .readValue(NOTICE.replace("{\"name\":\"江门市\",\"code\":\"440700\"}", "{\"name\":\"火星市\"}"),
            TransferNotice.class));
    assertTrue(e.getMessage().startsWith("Cannot read TransferNotice at /issuer: Unknown unit '火星市': the unit "
        + "registry knows no single unit by that name"), e::getMessage);
  }

  @Test
  void aBadAmountNamesItsPath() {
    rejects(InvalidFormatException.class, NOTICE.replace("\"figure\":\"16.57\"", "\"figure\":\"16,57\""),
        "Cannot read PrintedAmount at /allocations/0/table/lines/1/amount/figure from \"16,57\"");
  }

  @Test
  void aLineInAnotherUnitBreaksTheTablesRule() {
    rejects(MismatchedInputException.class, NOTICE.replace("\"16.57\",\"unit\":\"万元\"", "\"16.57\",\"unit\":\"元\""),
        "Cannot read TransferNotice at /allocations/0/table: Allocation table printed in 万元 has line 1 in 元");
  }

  @Test
  void aMissingFieldIsNamed() {
    rejects(MismatchedInputException.class, NOTICE.replace("\"issuingAuthority\":\"江门市财政局\",", ""),
        "Cannot read TransferNotice at (root): Cannot build TransferNotice, some of required attributes are not set"
            + " [issuingAuthority]");
  }

  @Test
  void aNoticeWithoutStatedTotalReadsAsOneThatPrintsNone() throws Exception {
    TransferNotice notice = Mappers.newMapper().readValue(
        NOTICE.replace("\"statedTotal\":{\"figure\":\"87.48\",\"unit\":\"万元\"},", ""), TransferNotice.class);
    assertEquals(Optional.empty(), notice.allocations().get(0).statedTotal());
  }

  @Test
  void anUnknownFieldIsRejected() {
    assertThrows(UnrecognizedPropertyException.class,
        () -> Mappers.newMapper().readValue(NOTICE.replace("\"urgency\"", "\"priority\""), TransferNotice.class));
  }

  @Test
  void aNullElementABadDateAndABrokenNoticeRuleAreRejected() {
    rejects(MismatchedInputException.class, NOTICE.replace("[\"市医保局\"]", "[null]"),
        "Cannot read TransferNotice at /copiedTo/0: the element is missing or null");
    rejects(MismatchedInputException.class, NOTICE.replace("2023-01-10", "2023-02-30"),
        "Cannot read TransferNotice at /issueDate: Text '2023-02-30' could not be parsed");
    rejects(MismatchedInputException.class, NOTICE.replace("pre_allocation", "confirmation"),
        "Cannot read TransferNotice at (root): Notice 江财社〔2023〕3号 is a confirmation but confirms no notice");
  }

  @Test
  void aLoneTableNeedsItsIssuer() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> Mappers.newMapper().readValue(TABLE, AllocationTable.class));
    assertTrue(e.getMessage().startsWith("Cannot read AllocationTable at (root): read on its own, it needs its issuer"),
        e::getMessage);
  }

  @Test
  void aReferenceNeedsANumberOrATitle() {
    assertEquals(DocumentReference.titled("函"), Mappers.read("{\"title\":\"函\"}", DocumentReference.class));
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue("{\"title\":\" \"}", DocumentReference.class));
    assertTrue(e.getMessage().startsWith("Cannot read DocumentReference at (root): A document reference needs a number"
        + " or a title"), e::getMessage);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }
}
