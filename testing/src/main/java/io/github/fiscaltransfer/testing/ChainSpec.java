package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.hierarchy.ChainRule;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generated two-level chain: 广东省's notice (which cites a central document not in the flow) gives each child
 * unit a line, and each child notice distributes exactly its line, with a subject equal to or under 21015.
 * {@link #notices(int, Fault)} injects one {@link Fault} into one child notice.
 *
 * <p>Take it with {@code @Domain(HierarchyDomain.class)} and {@code @ForAll ChainSpec chain}; immutable and
 * thread-safe.
 *
 * @param amounts each child's line in 元, at least one fen
 * @param childSubjects each child's expenditure subject code, 21015 or a code under it
 * @param guaranteeLabel whether the grant also carries a 三保 label
 */
public record ChainSpec(List<BigDecimal> amounts, List<String> childSubjects, boolean guaranteeLabel) {

  /** The issuer of the parent notice, 广东省 from the built-in registry. */
  public static final FiscalUnit GUANGDONG = UnitRegistry.builtIn().byName("广东省").orElseThrow();

  private static final DocumentNumber PARENT_NUMBER = DocumentNumber.of("粤财社", 2021, 307);
  private static final DocumentNumber CENTRAL_NUMBER = DocumentNumber.of("财社", 2021, 156);
  private static final String GRANT = "医疗服务与保障能力提升补助资金";

  /** A fault injected into one child notice, with the chain rule that must report it and the field it changes. */
  public enum Fault {
    /** The child distributes one fen more than its parent's line gives it. */
    ONE_FEN_MORE(ChainRule.AMOUNT, "/statedTotal"),
    /** The child's 直达资金 label has another code (09 其他资金). */
    LABEL_CODE_CHANGED(ChainRule.LABEL, "/grant/labels/0"),
    /** The child drops its parent's 直达资金 label. */
    LABEL_MISSING(ChainRule.LABEL, "/grant/labels"),
    /** The child's expenditure subject lies outside its parent's (2101101, not under 21015). */
    SUBJECT_OUTSIDE(ChainRule.SUBJECT, "/grant/expenditureSubject"),
    /** The child's grant names another fiscal year (2023 instead of 2022). */
    YEAR_CHANGED(ChainRule.FISCAL_YEAR, "/grant/fiscalYear"),
    /** The child's grant has another project code. */
    PROJECT_CODE_CHANGED(ChainRule.PROJECT_CODE, "/grant/projectCode");

    private final ChainRule rule;
    private final String field;

    Fault(ChainRule rule, String field) {
      this.rule = rule;
      this.field = field;
    }

    /**
     * Returns the chain rule that reports this fault.
     *
     * @return the rule, not null
     */
    public ChainRule rule() {
      return rule;
    }

    /**
     * Returns the JSON Pointer of the changed field below the child's allocation, such as {@code /statedTotal}.
     *
     * @return the pointer, not null
     */
    public String field() {
      return field;
    }

    /**
     * Returns the path a finding about this fault in the given child names: its document number, {@code #} and
     * the field's JSON Pointer in the notice's JSON.
     *
     * @param child the index of the faulty child, 0 or more
     * @return the path, such as {@code 测财社〔2022〕1号#/allocations/0/statedTotal}, not null
     */
    public String path(int child) {
      return childNumber(child) + "#/allocations/0" + field;
    }
  }

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if there is no child, the lists differ in size, or an amount is below one fen
   */
  public ChainSpec {
    amounts = List.copyOf(amounts);
    childSubjects = List.copyOf(childSubjects);
    if (amounts.isEmpty() || amounts.size() != childSubjects.size()) {
      throw new IllegalArgumentException("A chain needs as many child subjects as amounts, at least one: "
          + amounts + ", " + childSubjects);
    }
    amounts.forEach(amount -> {
      if (amount.compareTo(new BigDecimal("0.01")) < 0 || amount.scale() > 2) {
        throw new IllegalArgumentException("A child's line must be at least one fen, in fen: " + amount);
      }
    });
  }

  /**
   * Returns the number of child notices.
   *
   * @return the count, at least one
   */
  public int size() {
    return amounts.size();
  }

  /**
   * Returns the generated prefecture of a child notice, such as 测试1市 for index 0.
   *
   * @param index the child's index, 0 or more
   * @return the unit under 广东省, not null
   */
  public static FiscalUnit unit(int index) {
    return FiscalUnit.of("测试" + (index + 1) + "市", AdministrativeLevel.PREFECTURE, GUANGDONG);
  }

  /**
   * Returns the document number of a child notice.
   *
   * @param index the child's index, 0 or more
   * @return 测财社〔2022〕(index + 1)号, not null
   */
  public static DocumentNumber childNumber(int index) {
    return DocumentNumber.of("测财社", 2022, index + 1);
  }

  /**
   * Returns 广东省's notice, a line for each child.
   *
   * @return the notice, not null
   */
  public TransferNotice parent() {
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.YUAN);
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < size(); i++) {
      table.addLines(AllocationLine.of(unit(i), yuan(amounts.get(i))));
      total = total.add(amounts.get(i));
    }
    AllocationTable built = table.declaredTotal(yuan(total)).build();
    return notice(PARENT_NUMBER, GUANGDONG, CENTRAL_NUMBER,
        GrantAllocation.of(grant("21015", "01 中央直达资金", 2022, "Z155080000004"), yuan(total), built));
  }

  /**
   * Returns a clean child notice.
   *
   * @param index the child's index, 0 to {@code size() - 1}
   * @return the notice, not null
   */
  public TransferNotice child(int index) {
    return notice(childNumber(index), unit(index), PARENT_NUMBER, GrantAllocation.of(
        grant(childSubjects.get(index), "01 中央直达资金", 2022, "Z155080000004"), yuan(amounts.get(index))));
  }

  /**
   * Returns a child notice with a fault.
   *
   * @param index the child's index, 0 to {@code size() - 1}
   * @param fault the fault, not null
   * @return the notice, not null
   */
  public TransferNotice child(int index, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    String subject = fault == Fault.SUBJECT_OUTSIDE ? "2101101" : childSubjects.get(index);
    String label = fault == Fault.LABEL_CODE_CHANGED ? "09 其他资金" : fault == Fault.LABEL_MISSING ? null
        : "01 中央直达资金";
    int year = fault == Fault.YEAR_CHANGED ? 2023 : 2022;
    String code = fault == Fault.PROJECT_CODE_CHANGED ? "Z155080000005" : "Z155080000004";
    BigDecimal amount = fault == Fault.ONE_FEN_MORE ? amounts.get(index).add(new BigDecimal("0.01"))
        : amounts.get(index);
    return notice(childNumber(index), unit(index), PARENT_NUMBER,
        GrantAllocation.of(grant(subject, label, year, code), yuan(amount)));
  }

  /**
   * Returns the parent notice and every child notice, clean.
   *
   * @return the notices, the parent first, not null
   */
  public List<TransferNotice> notices() {
    List<TransferNotice> notices = new ArrayList<>(List.of(parent()));
    for (int i = 0; i < size(); i++) {
      notices.add(child(i));
    }
    return List.copyOf(notices);
  }

  /**
   * Returns the parent notice and every child notice, one child with a fault.
   *
   * @param faulty the index of the faulty child, 0 to {@code size() - 1}
   * @param fault the fault, not null
   * @return the notices, the parent first, not null
   * @throws IndexOutOfBoundsException if there is no such child
   */
  public List<TransferNotice> notices(int faulty, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    Objects.checkIndex(faulty, size());
    List<TransferNotice> notices = new ArrayList<>(notices());
    notices.set(faulty + 1, child(faulty, fault));
    return List.copyOf(notices);
  }

  /**
   * Returns the parent notice and every child notice, one child with a fault, each child distributing what it
   * states in a table of its own: part kept (市本级, a retained line is a line) and the rest to one county.
   *
   * @param faulty the index of the faulty child, 0 to {@code size() - 1}
   * @param fault the fault, not null
   * @return the notices, the parent first, not null
   * @throws IndexOutOfBoundsException if there is no such child
   */
  public List<TransferNotice> distributingNotices(int faulty, Fault fault) {
    List<TransferNotice> notices = new ArrayList<>(notices(faulty, fault));
    for (int i = 0; i < size(); i++) {
      notices.set(i + 1, distributing(i, notices.get(i + 1)));
    }
    return List.copyOf(notices);
  }

  /**
   * Returns the parent notice and a child notice for each unit that pays a grant of its own (测试配套项目资金) out of
   * its line and cites the parent as where its money comes from (从《…》中支付): each pays its line less a third
   * (to the fen, rounded down), one of them one fen more than its line where {@code overpaying} names it. The
   * parent prints its table, or only names it as an attachment not supplied.
   *
   * @param tableSupplied whether the parent prints its table
   * @param overpaying the index of the child that pays one fen more than its line, or -1 for none
   * @return the notices, the parent first, not null
   * @throws IndexOutOfBoundsException if {@code overpaying} is neither -1 nor a child's index
   */
  public List<TransferNotice> payingNotices(boolean tableSupplied, int overpaying) {
    if (overpaying != -1) {
      Objects.checkIndex(overpaying, size());
    }
    GrantAllocation parentAllocation = parent().allocations().get(0);
    List<TransferNotice> notices = new ArrayList<>(List.of(tableSupplied ? parent() : parent().withAllocations(
        List.of(GrantAllocation.builder().grant(parentAllocation.grant()).statedTotal(parentAllocation.statedTotal())
            .addTableAttachments("分配表").build()))));
    Grant own = Grant.builder().name("测试配套项目资金").fiscalYear(Year.of(2022)).fundingSource(FundingSource.CENTRAL)
        .build();
    for (int i = 0; i < size(); i++) {
      BigDecimal line = amounts.get(i);
      BigDecimal paid = i == overpaying ? line.add(new BigDecimal("0.01"))
          : line.subtract(line.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN));
      notices.add(TransferNotice.builder().number(childNumber(i)).title(unit(i).name() + "下达配套资金的通知")
          .issuer(unit(i)).issuingAuthority(unit(i).name() + "财政局").kind(NoticeKind.FORMAL)
          .addBasis(DocumentReference.of(PARENT_NUMBER).withRole(DocumentReference.Role.SOURCE))
          .addAllocations(GrantAllocation.of(own, yuan(paid))).build());
    }
    return List.copyOf(notices);
  }

  /** The child notice with a table that gives out exactly what it states: half (to the fen) kept, the rest on. */
  private static TransferNotice distributing(int index, TransferNotice child) {
    GrantAllocation allocation = child.allocations().get(0);
    PrintedAmount total = allocation.statedTotal().orElseThrow(); // ChainSpec's notices always state their total
    BigDecimal stated = total.figure();
    BigDecimal kept = stated.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    FiscalUnit county = FiscalUnit.of("测试" + (index + 1) + "县", AdministrativeLevel.COUNTY, unit(index));
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.YUAN)
        .addLines(AllocationLine.of(unit(index).retainedShare("市本级"), yuan(kept)),
            AllocationLine.of(county, yuan(stated.subtract(kept))))
        .declaredTotal(total).build();
    return child.withAllocations(List.of(allocation.withTable(table)));
  }

  private Grant grant(String subject, String directLabel, int year, String projectCode) {
    Grant.Builder grant = Grant.builder().name(GRANT).projectCode(ProjectCode.parse(projectCode))
        .fiscalYear(Year.of(year)).fundingSource(FundingSource.CENTRAL)
        .expenditureSubject(Subject.of(SubjectCode.of(subject)));
    if (directLabel != null) {
      grant.addLabels(FundLabel.parse(directLabel));
    }
    if (guaranteeLabel) {
      grant.addLabels(FundLabel.parse("A0404-城乡医疗救助"));
    }
    return grant.build();
  }

  private static TransferNotice notice(DocumentNumber number, FiscalUnit issuer, DocumentNumber basis,
      GrantAllocation allocation) {
    return TransferNotice.builder().number(number).title(issuer.name() + "下达资金的通知").issuer(issuer)
        .issuingAuthority(issuer.name() + "财政局").kind(NoticeKind.FORMAL)
        .addBasis(DocumentReference.of(basis)).addAllocations(allocation).build();
  }

  /**
   * Returns a figure printed in 元.
   *
   * @param figure the figure, not null
   * @return the printed amount, not null
   */
  public static PrintedAmount yuan(BigDecimal figure) {
    return PrintedAmount.of(figure, AmountUnit.YUAN);
  }
}
