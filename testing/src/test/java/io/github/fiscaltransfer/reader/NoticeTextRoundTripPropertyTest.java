package io.github.fiscaltransfer.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.subject.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated notices printed as the real corpus prints them (issuer at any level, one to three authorities, one
 * addressee given the money or many with the table in an attachment, the amount printed or left blank, subjects of
 * every classification quoted code-first or name-last, numbers with 〔〕, [ ] or spaces, a disclosure page's
 * metadata block or none) read back as the same notice, or with a {@code read.*} finding naming the line — never
 * with another amount.
 */
class NoticeTextRoundTripPropertyTest {

  private static final NoticeTextReader READER = NoticeTextReader.builtIn();

  /** An issuer as a finance bureau signs: its unit, its authority and the bureaus that may sign with it. */
  record Issuer(String level, String authority, String code, String addressee, String pronoun, String bureau) {}

  /** A subject as the catalog names it. */
  record Code(String code, String name) {}

  /** One generated notice and how it is printed. */
  record Spec(Issuer issuer, int authorities, int year, int serial, String numberForm, boolean metadata,
      boolean oneAddressee, BigDecimal amount, boolean blank, List<Code> subjects, boolean nameLast,
      String phrasing) {}

  private static final List<Issuer> ISSUERS = List.of(
      new Issuer("central", "财政部", "财建", "湖南省财政厅", "你省", "国家乡村振兴局"),
      new Issuer("province", "湖南省财政厅", "湘财建指", "长沙市财政局", "你市", "湖南省商务厅"),
      new Issuer("city", "长沙市财政局", "长财农指", "望城区财政局", "你区", "长沙市农业农村局"),
      new Issuer("county", "永嘉县财政局", "永财农", "岩坦镇人民政府", "你镇", "永嘉县农业农村局"));
  private static final List<Code> SUBJECTS = List.of(new Code("2130205", "森林培育"),
      new Code("2160299", "其他商业流通事务支出"), new Code("1100230", "边境地区转移支付收入"),
      new Code("50299", "其他商品和服务支出"), new Code("30299", "其他商品和服务支出"));

  @Provide
  Arbitrary<Spec> notices() {
    Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
        new BigDecimal("99999.99")).ofScale(2).map(BigDecimal::stripTrailingZeros)
        .map(a -> a.scale() < 0 ? a.setScale(0) : a);
    return Builders.withBuilder(() -> new Object[12])
        .use(Arbitraries.of(ISSUERS)).in((a, v) -> set(a, 0, v))
        .use(Arbitraries.integers().between(1, 3)).in((a, v) -> set(a, 1, v))
        .use(Arbitraries.integers().between(2015, 2025)).in((a, v) -> set(a, 2, v))
        .use(Arbitraries.integers().between(1, 999)).in((a, v) -> set(a, 3, v))
        .use(Arbitraries.of("〔〕", "[]", "spaces")).in((a, v) -> set(a, 4, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 5, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 6, v))
        .use(amounts).in((a, v) -> set(a, 7, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 8, v))
        .use(Arbitraries.subsetOf(SUBJECTS).map(ArrayList::new)).in((a, v) -> set(a, 9, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 10, v))
        .use(Arbitraries.of("现下达", "现由省财政下达", "予以安排")).in((a, v) -> set(a, 11, v))
        .build(a -> new Spec((Issuer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (String) a[4],
            (Boolean) a[5], (Boolean) a[6], (BigDecimal) a[7], (Boolean) a[8], codes(a[9]), (Boolean) a[10],
            (String) a[11]));
  }

  private static Object[] set(Object[] values, int index, Object value) {
    values[index] = value;
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<Code> codes(Object list) {
    return List.copyOf((List<Code>) list);
  }

  @Property(tries = 300)
  void printedNoticesReadBackOrNameTheLine(@ForAll("notices") Spec spec) {
    String text = print(spec);
    ReadResult<TransferNotice> read = READER.read(text);
    collect(spec);
    TransferNotice notice = read.document().orElseThrow(() -> new AssertionError(text + "\n" + read.report()));
    assertEquals(DocumentNumber.of(spec.issuer().code(), spec.year(), spec.serial()), notice.number().orElseThrow());
    assertEquals(spec.issuer().authority(), notice.issuingAuthority());
    assertEquals(spec.authorities() - 1, notice.coIssuers().size(), text);
    GrantAllocation allocation = notice.allocations().get(0);
    if (spec.blank()) {
      assertEquals(Optional.empty(), allocation.statedTotal(), "a blank amount is never read as a figure");
      assertTrue(!read.report().findings().findings("read.blank").isEmpty(), text);
    } else {
      assertEquals(PrintedAmount.of(spec.amount(), AmountUnit.WAN_YUAN), allocation.statedTotal().orElseThrow(),
          "never another amount");
    }
    for (Code code : spec.subjects()) {
      Subject subject = Subject.parse(code.code() + " " + code.name());
      boolean readAsSubject = allocation.grant().expenditureSubject().filter(subject::equals).isPresent()
          || allocation.grant().revenueSubject().filter(subject::equals).isPresent()
          || allocation.grant().economicSubjects().contains(subject);
      boolean named = read.report().findings().findings().stream()
          .anyMatch(f -> f.actual().orElse("").contains(code.code()) && f.source().isPresent());
      assertTrue(readAsSubject || named, () -> code + " neither read nor named in a finding:\n" + text);
    }
    if (spec.oneAddressee() && !spec.blank()) {
      assertEquals(1, allocation.table().orElseThrow().lines().size());
    }
  }

  private static void collect(Spec spec) {
    Statistics.label("issuer").collect(spec.issuer().level())
        .coverage(c -> ISSUERS.forEach(i -> c.check(i.level()).count(n -> n > 0)));
    Statistics.label("authorities").collect(spec.authorities())
        .coverage(c -> List.of(1, 2, 3).forEach(k -> c.check(k).count(n -> n > 0)));
    Statistics.label("number").collect(spec.numberForm())
        .coverage(c -> List.of("〔〕", "[]", "spaces").forEach(f -> c.check(f).count(n -> n > 0)));
    Statistics.label("recipients").collect(spec.oneAddressee() ? "one (你市)" : "many, table in attachment")
        .coverage(c -> c.check("one (你市)").count(n -> n > 0));
    Statistics.label("amount").collect(spec.blank() ? "blank" : "printed")
        .coverage(c -> c.check("blank").count(n -> n > 0));
    Statistics.label("metadata block").collect(spec.metadata())
        .coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("subject placement").collect(spec.nameLast() ? "name(code)" : "code name");
    Statistics.label("phrasing").collect(spec.phrasing());
    spec.subjects().forEach(code -> Statistics.label("subject classification").collect(code.code().charAt(0)));
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
      case "spaces" -> issuer.code() + "〔 " + spec.year() + " 〕 " + spec.serial() + " 号";
      default -> issuer.code() + "〔" + spec.year() + "〕" + spec.serial() + "号";
    };
    String grant = "林路养护资金";
    StringBuilder text = new StringBuilder();
    if (spec.metadata()) {
      text.append("索引号 001008003014011/").append(spec.year()).append("-283882 主题分类 财政\n")
          .append("成文日期 ").append(spec.year()).append("-03-20 公开方式 主动公开\n")
          .append("文号 ").append(number).append(" 其他信息 下载阅读版\n\n");
    }
    text.append(String.join(" ", authorities)).append(" 关于下达").append(spec.year()).append("年").append(grant)
        .append("的通知\n");
    if (!spec.metadata()) {
      text.append(number).append('\n');
    }
    text.append(spec.oneAddressee() ? issuer.addressee() : "各市州财政局").append(":\n");
    String amount = spec.blank() ? " 万元" : spec.amount().toPlainString() + "万元";
    String to = spec.oneAddressee() ? issuer.pronoun() : "";
    text.append(spec.phrasing()).append(to).append(spec.year()).append("年").append(grant).append(amount)
        .append("。此款列");
    for (Code code : spec.subjects()) {
      text.append(spec.nameLast() ? "“" + code.name() + "(" + code.code() + ")”" : "“" + code.code() + code.name() + "”")
          .append("，");
    }
    text.append("请按规定使用。\n");
    if (!spec.oneAddressee()) {
      text.append("附件:").append(spec.year()).append("年度").append(grant).append("明细表.xls\n");
    }
    text.append(String.join("   ", authorities)).append('\n').append(spec.year()).append("年3月20日\n");
    return text.toString();
  }
}
