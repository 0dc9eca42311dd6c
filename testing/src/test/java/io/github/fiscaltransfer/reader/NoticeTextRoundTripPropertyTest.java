package io.github.fiscaltransfer.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated notices printed as the real corpus prints them (issuer at any level, 财政部 included; one to three
 * authorities; one addressee given the money, a table printed in the text, one grant's table split over two
 * attachments printed in the text (read as one), or a table in an attachment not supplied;
 * the amount printed or left blank; subjects of every classification, code before or after the name, in quotes or
 * in parentheses, with or without the classification's words; numbers with 〔〕, [ ], 【】 or spaces; a batch (第N批)
 * or none; a disclosure page's metadata block or none) read back as the same notice, or with a {@code read.*}
 * finding naming the line — never with another amount.
 */
class NoticeTextRoundTripPropertyTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();
  private static final String GRANT = "林路养护资金";

  /** An issuer as a finance bureau signs: its authority, its number's code, its one addressee and its recipients. */
  record Issuer(String level, String authority, String code, String addressee, String pronoun, String bureau,
      List<String> recipients, String header) {}

  /** A subject as the catalog names it, with the words a notice prints before it (支出功能科目, 收入…). */
  record Code(String code, String name, String words) {}

  /** How the money goes: to the one addressee, by a table printed in the text, or by a table not supplied. */
  enum Recipients { ONE_ADDRESSEE, TABLE_IN_TEXT, TWO_TABLES_IN_TEXT, TABLE_NOT_SUPPLIED }

  /** Where a subject's code is printed: “2130205森林培育”, “森林培育(2130205)”, 森林培育（2130205）. */
  enum Placement { CODE_FIRST_QUOTED, CODE_LAST_QUOTED, CODE_LAST_PARENTHESES }

  /** One generated notice and how it is printed. */
  record Spec(Issuer issuer, int authorities, int year, int serial, String numberForm, boolean metadata,
      Recipients recipients, List<BigDecimal> lines, boolean blank, List<Code> subjects, Placement placement,
      boolean words, String phrasing, int batch, boolean grouped) {

    BigDecimal total() {
      return lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String grantName() {
      return batch == 0 ? GRANT : year + "年第" + "一二三四五".charAt(batch - 1) + "批" + GRANT;
    }
  }

  private static final List<Issuer> ISSUERS = List.of(
      new Issuer("central", "财政部", "财建", "湖南省财政厅", "你省", "国家乡村振兴局",
          List.of("湖南省", "广东省", "浙江省"), "地区\t金额"),
      new Issuer("province", "湖南省财政厅", "湘财建指", "长沙市财政局", "你市", "湖南省商务厅",
          List.of("长沙市", "株洲市", "湘潭市"), "地区\t金额"),
      new Issuer("city", "长沙市财政局", "长财农指", "望城区财政局", "你区", "长沙市农业农村局",
          List.of("望城区", "芙蓉区", "天心区"), "县（市、区）\t金额"),
      new Issuer("county", "永嘉县财政局", "永财农", "岩坦镇人民政府", "你镇", "永嘉县农业农村局",
          List.of("岩坦镇潘塘村农村基础设施项目", "茗岙乡松华中药材专业合作社", "永嘉县农业农村局"), "项目名称\t补助资金"));
  private static final List<Code> SUBJECTS = List.of(new Code("2130205", "森林培育", "政府支出功能科目"),
      new Code("2160299", "其他商业流通事务支出", "支出功能分类科目"), new Code("1100230", "边境地区转移支付收入", "收入列"),
      new Code("50299", "其他商品和服务支出", "政府预算经济科目"), new Code("30299", "其他商品和服务支出", "部门预算经济科目"));

  /** A mutable holder for {@link Builders}, one field a drawn value. */
  private static final class Draft {
    Issuer issuer;
    int authorities;
    int year;
    int serial;
    String numberForm;
    boolean metadata;
    Recipients recipients;
    List<BigDecimal> lines;
    boolean blank;
    List<Code> subjects;
    Placement placement;
    boolean words;
    String phrasing;
    int batch;
    boolean grouped;

    /** The drawn lines, at least two: a table of one grant split over two attachments has a line in each. */
    private List<BigDecimal> twoOrMore() {
      return lines.size() >= 2 ? lines : List.of(lines.get(0), lines.get(0));
    }

    Spec spec() {
      List<BigDecimal> drawn = recipients == Recipients.TABLE_IN_TEXT ? lines
          : recipients == Recipients.TWO_TABLES_IN_TEXT ? twoOrMore() : lines.subList(0, 1);
      return new Spec(issuer, authorities, year, serial, numberForm, metadata, recipients, drawn, blank, subjects,
          placement, words, phrasing, batch, grouped);
    }
  }

  @Provide
  Arbitrary<Spec> notices() {
    Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
        new BigDecimal("99999.99")).ofScale(2).map(BigDecimal::stripTrailingZeros)
        .map(a -> a.scale() < 0 ? a.setScale(0) : a);
    return Builders.withBuilder(Draft::new)
        .use(Arbitraries.of(ISSUERS)).in((d, v) -> { d.issuer = v; return d; })
        .use(Arbitraries.integers().between(1, 3)).in((d, v) -> { d.authorities = v; return d; })
        .use(Arbitraries.integers().between(2015, 2025)).in((d, v) -> { d.year = v; return d; })
        .use(Arbitraries.integers().between(1, 999)).in((d, v) -> { d.serial = v; return d; })
        .use(Arbitraries.of("〔〕", "[]", "【】", "spaces")).in((d, v) -> { d.numberForm = v; return d; })
        .use(Arbitraries.of(true, false)).in((d, v) -> { d.metadata = v; return d; })
        .use(Arbitraries.of(Recipients.class)).in((d, v) -> { d.recipients = v; return d; })
        .use(amounts.list().ofMinSize(1).ofMaxSize(3)).in((d, v) -> { d.lines = v; return d; })
        .use(Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true))).in((d, v) -> { d.blank = v; return d; })
        .use(Arbitraries.subsetOf(SUBJECTS).map(ArrayList::new)).in((d, v) -> { d.subjects = List.copyOf(v); return d; })
        .use(Arbitraries.of(Placement.class)).in((d, v) -> { d.placement = v; return d; })
        .use(Arbitraries.of(true, false)).in((d, v) -> { d.words = v; return d; })
        .use(Arbitraries.of("现下达", "现由省财政下达", "予以安排")).in((d, v) -> { d.phrasing = v; return d; })
        .use(Arbitraries.integers().between(0, 3)).in((d, v) -> { d.batch = v; return d; })
        .use(Arbitraries.of(true, false)).in((d, v) -> { d.grouped = v; return d; })
        .build(Draft::spec);
  }

  @Property(tries = 400)
  void printedNoticesReadBackOrNameTheLine(@ForAll("notices") Spec spec) {
    String text = print(spec);
    ReadResult<TransferNotice> read = READER.read(text);
    collect(spec);
    TransferNotice notice = read.document().orElseThrow(() -> new AssertionError(text + "\n" + read.report()));
    assertEquals(DocumentNumber.of(spec.issuer().code(), spec.year(), spec.serial()), notice.number().orElseThrow());
    assertEquals(spec.issuer().authority(), notice.issuingAuthority());
    assertEquals(spec.authorities() - 1, notice.coIssuers().size(), text);
    GrantAllocation allocation = notice.allocations().get(0);
    assertEquals(spec.grantName(), allocation.grant().name(), text);
    PrintedAmount total = PrintedAmount.of(spec.total(), AmountUnit.WAN_YUAN);
    if (spec.blank()) {
      assertEquals(Optional.empty(), allocation.statedTotal(), "a blank amount is never read as a figure");
      assertTrue(!read.report().findings().findings("read.blank").isEmpty(), text);
    } else {
      assertEquals(total, allocation.statedTotal().orElseThrow(), "never another amount");
    }
    for (Code code : spec.subjects()) {
      Subject subject = Subject.parse(code.code() + " " + code.name());
      boolean readAsSubject = allocation.grant().expenditureSubject().filter(subject::equals).isPresent()
          || allocation.grant().revenueSubject().filter(subject::equals).isPresent()
          || allocation.grant().economicSubjects().contains(subject);
      assertTrue(readAsSubject || namesALine(read, code.code()),
          () -> code + " neither read nor named in a finding:\n" + text + "\n" + allocation.grant());
    }
    switch (spec.recipients()) {
      case ONE_ADDRESSEE -> assertEquals(spec.blank() ? List.of() : List.of(total),
          allocation.table().map(t -> t.lines().stream().map(AllocationLine::amount).toList()).orElse(List.of()));
      case TABLE_IN_TEXT, TWO_TABLES_IN_TEXT -> {
        AllocationTable table = allocation.table().orElseThrow(() -> new AssertionError(text + "\n" + read.report()));
        assertEquals(spec.issuer().recipients().subList(0, spec.lines().size()),
            table.lines().stream().map(line -> line.recipient().name()).toList(), text);
        assertEquals(spec.lines().stream().map(line -> PrintedAmount.of(line, AmountUnit.WAN_YUAN)).toList(),
            table.lines().stream().map(AllocationLine::amount).toList(), "never another amount");
        assertEquals(total, table.declaredTotal());
        assertEquals(List.of(), allocation.tableAttachments());
      }
      case TABLE_NOT_SUPPLIED -> {
        assertEquals(Optional.empty(), allocation.table());
        assertEquals(1, allocation.tableAttachments().size(), "the attachment not supplied is named");
      }
    }
  }

  /** Whether a finding names a line of the text and shows the given text. */
  private static boolean namesALine(ReadResult<TransferNotice> read, String shown) {
    return read.report().findings().findings().stream()
        .anyMatch((Finding f) -> f.actual().orElse("").contains(shown) && f.source().isPresent());
  }

  private static void collect(Spec spec) {
    Statistics.label("issuer").collect(spec.issuer().level())
        .coverage(c -> ISSUERS.forEach(i -> c.check(i.level()).percentage(p -> p >= 10)));
    Statistics.label("authorities").collect(spec.authorities())
        .coverage(c -> List.of(1, 2, 3).forEach(k -> c.check(k).percentage(p -> p >= 10)));
    Statistics.label("number").collect(spec.numberForm())
        .coverage(c -> List.of("〔〕", "[]", "【】", "spaces").forEach(f -> c.check(f).percentage(p -> p >= 10)));
    Statistics.label("recipients").collect(spec.recipients())
        .coverage(c -> Arrays.stream(Recipients.values()).forEach(r -> c.check(r).percentage(p -> p >= 10)));
    Statistics.label("amount").collect(spec.blank() ? "blank" : "printed")
        .coverage(c -> {
          c.check("printed").percentage(p -> p >= 65);
          c.check("blank").percentage(p -> p >= 5);
        });
    Statistics.label("metadata block").collect(spec.metadata())
        .coverage(c -> List.of(true, false).forEach(m -> c.check(m).percentage(p -> p >= 20)));
    Statistics.label("subject placement").collect(spec.placement())
        .coverage(c -> Arrays.stream(Placement.values()).forEach(v -> c.check(v).percentage(p -> p >= 15)));
    Statistics.label("classification words").collect(spec.words())
        .coverage(c -> List.of(true, false).forEach(w -> c.check(w).percentage(p -> p >= 20)));
    Statistics.label("phrasing").collect(spec.phrasing());
    Statistics.label("figures").collect(spec.grouped() ? "grouped (15,920.2)" : "plain (15920.2)");
    Statistics.label("batch (第N批)").collect(spec.batch() > 0)
        .coverage(c -> List.of(true, false).forEach(b -> c.check(b).percentage(p -> p >= 15)));
    spec.subjects().forEach(code -> Statistics.label("subject classification").collect(code.words()));
    Statistics.label("subject classification").coverage(c -> SUBJECTS.forEach(s -> c.check(s.words()).count(n -> n > 0)));
  }

  /** Prints a notice as the real corpus does. */
  static String print(Spec spec) {
    Issuer issuer = spec.issuer();
    List<String> authorities = new ArrayList<>(List.of(issuer.authority()));
    for (int i = 1; i < spec.authorities(); i++) {
      authorities.add(i == 1 ? issuer.bureau() : issuer.bureau().replace("局", "办").replace("厅", "办"));
    }
    String number = switch (spec.numberForm()) {
      case "[]" -> issuer.code() + "[" + spec.year() + "]" + spec.serial() + "号";
      case "【】" -> issuer.code() + "【" + spec.year() + "】" + spec.serial() + "号";
      case "spaces" -> issuer.code() + "〔 " + spec.year() + " 〕 " + spec.serial() + " 号";
      default -> issuer.code() + "〔" + spec.year() + "〕" + spec.serial() + "号";
    };
    String batch = spec.batch() == 0 ? "" : "第" + "一二三四五".charAt(spec.batch() - 1) + "批";
    StringBuilder text = new StringBuilder();
    if (spec.metadata()) {
      text.append("索引号 001008003014011/").append(spec.year()).append("-283882 主题分类 财政\n")
          .append("成文日期 ").append(spec.year()).append("-03-20 公开方式 主动公开\n")
          .append("文号 ").append(number).append(" 其他信息 下载阅读版\n\n");
    }
    text.append(String.join(" ", authorities)).append(" 关于下达").append(spec.year()).append("年").append(batch)
        .append(GRANT).append("的通知\n");
    if (!spec.metadata()) {
      text.append(number).append('\n');
    }
    boolean one = spec.recipients() == Recipients.ONE_ADDRESSEE;
    text.append(one ? issuer.addressee() : "各有关单位").append(":\n");
    String amount = spec.blank() ? " 万元" : figure(spec.total(), spec.grouped()) + "万元";
    text.append(spec.phrasing()).append(one ? issuer.pronoun() : "").append(spec.year()).append("年").append(batch)
        .append(GRANT).append(amount).append("。");
    if (!spec.subjects().isEmpty()) {
      text.append("此款列");
      for (Code code : spec.subjects()) {
        text.append(spec.words() ? code.words() : "").append(subject(code, spec.placement())).append("，");
      }
    }
    text.append("请按规定使用。\n");
    List<List<BigDecimal>> tables = switch (spec.recipients()) {
      case TABLE_IN_TEXT -> List.of(spec.lines());
      case TWO_TABLES_IN_TEXT -> List.of(spec.lines().subList(0, 1), spec.lines().subList(1, spec.lines().size()));
      default -> List.of();
    };
    if (!one) {
      text.append("附件:");
      if (tables.isEmpty()) {
        text.append(tableTitle(spec, 1)).append(".xls\n");
      }
      for (int t = 0; t < tables.size(); t++) {
        text.append(tables.size() > 1 ? (t + 1) + "." : "").append(tableTitle(spec, t + 1)).append('\n');
      }
    }
    text.append(String.join("   ", authorities)).append('\n').append(spec.year()).append("年3月20日\n");
    int recipient = 0;
    for (int t = 0; t < tables.size(); t++) {
      text.append("\n附件").append(t + 1).append("\n\n").append(tableTitle(spec, t + 1)).append("\n\n单位：万元\n\n")
          .append(issuer.header()).append('\n');
      for (BigDecimal line : tables.get(t)) {
        text.append(issuer.recipients().get(recipient++)).append('\t').append(figure(line, spec.grouped())).append('\n');
      }
      BigDecimal sum = tables.get(t).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      text.append("合计\t").append(figure(sum, spec.grouped())).append('\n');
    }
    return text.toString();
  }

  private static String tableTitle(Spec spec, int attachment) {
    return spec.year() + "年度" + GRANT + (attachment == 1 ? "" : "第" + attachment + "部分") + "分配表";
  }

  /** A figure as printed: plain (15920.2) or with its thousands grouped (15,920.2). */
  private static String figure(BigDecimal figure, boolean grouped) {
    if (!grouped) {
      return figure.toPlainString();
    }
    String plain = figure.toPlainString();
    int point = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
    StringBuilder whole = new StringBuilder(plain.substring(0, point));
    for (int at = whole.length() - 3; at > 0; at -= 3) {
      whole.insert(at, ',');
    }
    return whole + plain.substring(point);
  }

  private static String subject(Code code, Placement placement) {
    return switch (placement) {
      case CODE_FIRST_QUOTED -> "“" + code.code() + code.name() + "”";
      case CODE_LAST_QUOTED -> "“" + code.name() + "(" + code.code() + ")”";
      case CODE_LAST_PARENTHESES -> code.name() + "（" + code.code() + "）";
    };
  }
}
