package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fund flow (资金链): a set of notices linked parent to child.
 *
 * <p>A child links to a parent when it cites the parent's document number in its basis and the parent's table
 * has a line for the child's issuer for the same grant: the same project code, or the same grant name. A child
 * that cites the parent as where its money comes from ({@link DocumentReference.Role#SOURCE}: 根据…下达…资金的通知,
 * 从《…》中支付) links to it even where neither prints a table line for it: to the parent's allocation of the same
 * grant, else to its only allocation, out of which the child pays a grant of its own ({@link FundLink}). A notice
 * without a parent in the set is a root; a root that cites a document not in the set is also an orphan, which
 * is information, not an error. The notices a confirmation (确认) confirms are members of the flow in their own
 * right, linked through their own citations; a notice's links and roll-up use its own allocations, so nothing
 * counts twice. Immutable and thread-safe; check it with {@link #validate()}.
 */
public final class FundFlow {

  private final List<TransferNotice> notices;
  private final Map<DocumentNumber, TransferNotice> byNumber;
  private final List<FundLink> links;
  private final Map<TransferNotice, List<TransferNotice>> parents;
  private final Map<TransferNotice, List<TransferNotice>> children;

  private FundFlow(List<TransferNotice> notices, Map<DocumentNumber, TransferNotice> byNumber) {
    this.notices = notices;
    this.byNumber = byNumber;
    parents = new HashMap<>(notices.size() * 4 / 3 + 1);
    children = new HashMap<>(notices.size() * 4 / 3 + 1);
    List<FundLink> found = new ArrayList<>();
    notices.forEach(child -> found.addAll(linksOf(child)));
    this.links = List.copyOf(found);
    for (FundLink link : links) {
      addOnce(parents, link.child(), link.parent());
      addOnce(children, link.parent(), link.child());
    }
  }

  private static void addOnce(Map<TransferNotice, List<TransferNotice>> index, TransferNotice key,
      TransferNotice value) {
    List<TransferNotice> values = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (!values.contains(value)) {
      values.add(value);
    }
  }

  /**
   * Returns the flow of a set of notices and of the notices they confirm.
   *
   * @param notices the notices, in any order, not null, without nulls
   * @return the flow, not null
   * @throws IllegalArgumentException if two different notices have the same document number
   */
  public static FundFlow of(Collection<TransferNotice> notices) {
    List<TransferNotice> all = withConfirmed(List.copyOf(Objects.requireNonNull(notices, "notices")));
    Map<DocumentNumber, TransferNotice> byNumber = new HashMap<>();
    for (TransferNotice notice : all) {
      notice.number().ifPresent(number -> {
        TransferNotice previous = byNumber.putIfAbsent(number, notice);
        if (previous != null && !previous.equals(notice)) {
          throw new IllegalArgumentException("Two notices of a fund flow have the number " + number);
        }
      });
    }
    // A HashMap, not Map.copyOf: consecutive serials cluster in the linear probing of Map.copyOf's table.
    return new FundFlow(all, Collections.unmodifiableMap(byNumber));
  }

  /** The given notices, then each notice they confirm (at any depth) that is not given itself. */
  private static List<TransferNotice> withConfirmed(List<TransferNotice> given) {
    if (given.stream().allMatch(notice -> notice.confirmed().isEmpty())) {
      return given;
    }
    Set<TransferNotice> seen = new HashSet<>(given);
    List<TransferNotice> members = new ArrayList<>(given);
    for (int i = 0; i < members.size(); i++) {
      members.get(i).confirmed().stream().filter(seen::add).forEach(members::add);
    }
    return List.copyOf(members);
  }

  private List<FundLink> linksOf(TransferNotice child) {
    List<FundLink> found = new ArrayList<>();
    for (TransferNotice parent : citedParents(child)) {
      List<GrantAllocation> parentGrants = parent.allocations();
      List<GrantAllocation> childGrants = child.allocations();
      for (int c = 0; c < childGrants.size(); c++) {
        int before = found.size();
        for (int p = 0; p < parentGrants.size(); p++) {
          Optional<AllocationLine> line = sameGrant(parentGrants.get(p).grant(), childGrants.get(c).grant())
              ? parentGrants.get(p).table().flatMap(table -> IssuerLines.lineFor(table, child.issuer()))
              : Optional.empty();
          if (line.isPresent()) {
            found.add(new FundLink(parent, p, line.get(), child, c, true));
          }
        }
        if (found.size() == before && citesAsSource(child, parent)) {
          sourceLink(parent, child, c).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  /**
   * The link of a child grant to the parent it cites as where its money comes from, where no table line links
   * them: to the parent's allocation of the same grant, else to the parent's only allocation (the child pays a
   * grant of its own out of it); empty where the parent allocates several other grants.
   */
  private static Optional<FundLink> sourceLink(TransferNotice parent, TransferNotice child, int c) {
    List<GrantAllocation> parentGrants = parent.allocations();
    Grant grant = child.allocations().get(c).grant();
    int p = 0;
    while (p < parentGrants.size() && !sameGrant(parentGrants.get(p).grant(), grant)) {
      p++;
    }
    boolean passesOn = p < parentGrants.size();
    if (!passesOn && parentGrants.size() != 1) {
      return Optional.empty();
    }
    int index = passesOn ? p : 0;
    AllocationLine line = parentGrants.get(index).table()
        .flatMap(table -> IssuerLines.lineFor(table, child.issuer())).orElse(null);
    return Optional.of(new FundLink(parent, index, line, child, c, passesOn));
  }

  /** Whether a child cites a parent as the notice its money comes from (资金来源), not only as a basis. */
  private static boolean citesAsSource(TransferNotice child, TransferNotice parent) {
    Optional<DocumentNumber> number = parent.number();
    return number.isPresent() && child.basis().stream().anyMatch(reference
        -> reference.role() == DocumentReference.Role.SOURCE && reference.number().equals(number));
  }

  /** A loop, not a stream: a national flow asks this of 80,000 notices that mostly cite one number each. */
  private List<TransferNotice> citedParents(TransferNotice child) {
    List<DocumentReference> basis = child.basis();
    List<TransferNotice> cited = new ArrayList<>(basis.size());
    for (int i = 0; i < basis.size(); i++) {
      DocumentReference reference = basis.get(i);
      Optional<DocumentNumber> number = reference.mayBeSource()
          ? reference.number().filter(n -> !confirms(child, n)) : Optional.empty();
      TransferNotice parent = number.map(byNumber::get).orElse(null);
      if (parent != null && parent != child && !cited.contains(parent)) {
        cited.add(parent);
      }
    }
    return cited;
  }

  /** Same project code where both print one; else (or where the codes differ) the same name. */
  static boolean sameGrant(Grant parent, Grant child) {
    boolean sameCode = parent.projectCode().isPresent() && parent.projectCode().equals(child.projectCode());
    return sameCode || parent.name().equals(child.name());
  }

  /**
   * Returns the notice of the flow with a document number, if any.
   *
   * @param number the number, not null
   * @return the notice, not null
   */
  public Optional<TransferNotice> notice(DocumentNumber number) {
    return Optional.ofNullable(byNumber.get(Objects.requireNonNull(number, "number")));
  }

  /**
   * Returns the notices in the order given.
   *
   * @return the notices, not null
   */
  public List<TransferNotice> notices() {
    return notices;
  }

  /**
   * Returns every link, ordered by child in the order the notices were given.
   *
   * @return the links, not null
   */
  public List<FundLink> links() {
    return links;
  }

  /**
   * Returns the notices without a parent in the flow, in the order given.
   *
   * @return the roots, not null
   */
  public List<TransferNotice> roots() {
    return notices.stream().filter(notice -> !parents.containsKey(notice)).toList();
  }

  /**
   * Returns the notices linked below a notice, in the order given.
   *
   * @param parent the parent, not null
   * @return the children, empty if none or if the notice is not in the flow, not null
   */
  public List<TransferNotice> children(TransferNotice parent) {
    Objects.requireNonNull(parent, "parent");
    return List.copyOf(children.getOrDefault(parent, List.of()));
  }

  /**
   * Returns the notices a notice is linked below.
   *
   * @param child the child, not null
   * @return the parents, empty for a root, not null
   */
  public List<TransferNotice> parents(TransferNotice child) {
    Objects.requireNonNull(child, "child");
    return List.copyOf(parents.getOrDefault(child, List.of()));
  }

  /**
   * Returns the roots that cite a document number that is not in the flow, in the order given.
   *
   * @return the orphans, not null
   */
  public List<TransferNotice> orphans() {
    return roots().stream().filter(notice -> !missingCitations(notice).isEmpty()).toList();
  }

  /**
   * Returns the document numbers a notice cites as where its money may come from (not its rules or plans) that
   * neither a notice of the flow nor a notice it confirms has.
   *
   * @param notice the notice, not null
   * @return the numbers, in cited order, not null
   */
  public List<DocumentNumber> missingCitations(TransferNotice notice) {
    Objects.requireNonNull(notice, "notice");
    return notice.basis().stream().filter(DocumentReference::mayBeSource).map(DocumentReference::number)
        .flatMap(Optional::stream)
        .filter(number -> !byNumber.containsKey(number) && !confirms(notice, number)).toList();
  }

  /** A loop, not a stream: asked of every citation of 80,000 notices, which mostly confirm none. */
  static boolean confirms(TransferNotice notice, DocumentNumber number) {
    List<TransferNotice> confirmed = notice.confirmed();
    for (int i = 0; i < confirmed.size(); i++) {
      if (confirmed.get(i).number().filter(number::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks every link against every {@link ChainRule}, {@code chain.subtotal} included, and every dated notice
   * and link against the {@link io.github.fiscaltransfer.deadline.DeadlineRule}s, and reports all findings
   * together; each names the notice it is in and a JSON Pointer into that notice.
   *
   * @return the report, not null
   */
  public ValidationReport validate() {
    return validate(ValidationPolicy.defaults());
  }

  /**
   * Checks the flow as {@link #validate()} does, under a policy; its custom rules for {@code FundFlow} run last.
   *
   * @param policy which rules run and at what severity, not null
   * @return the report, not null
   */
  public ValidationReport validate(ValidationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<Finding> findings = new ArrayList<>();
    links.forEach(link -> ChainChecks.check(link, findings));
    for (TransferNotice notice : notices) {
      if (!parents.containsKey(notice)) {
        ChainChecks.checkUnlinked(this, notice, findings);
        if (!missingCitations(notice).isEmpty()) {
          KinChecks.check(this, notice, findings);
        }
      }
    }
    findings.addAll(Subtotals.check(this));
    DeadlineChecks.check(this, policy, findings);
    return policy.apply(this, findings);
  }

  /**
   * Returns the lines that the notice a budget line cites gives a unit for the budget line's funds year: what a
   * self-evaluation's allocated funds should equal.
   *
   * @param line the budget line, not null
   * @param unit the evaluating unit, not null
   * @return the lines, empty if the cited notice is not in the flow or gives the unit nothing, not null
   */
  public List<AllocationLine> linesGiven(BudgetLine line, FiscalUnit unit) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(unit, "unit");
    return cited(line).stream().flatMap(notice -> notice.allAllocations().stream())
        .filter(allocation -> allocation.grant().fiscalYear().equals(line.fundsYear()))
        .flatMap(allocation -> allocation.table().flatMap(table -> IssuerLines.lineFor(table, unit)).stream()).toList();
  }

  /** The notice of the flow a budget line cites, if its basis document is in the flow. */
  Optional<TransferNotice> cited(BudgetLine line) {
    return line.basisDocument().flatMap(this::notice);
  }

  /**
   * Checks a self-evaluation (绩效自评) against the flow: each budget line allocated by a notice of the flow
   * evaluates exactly that notice's line for the evaluating unit ({@code chain.evaluation-amount}); lines that
   * cite no notice of the flow, or were carried over (结转), are reported as unchecked
   * ({@code chain.evaluation-unchecked}, info).
   *
   * @param evaluation the self-evaluation, not null
   * @param evaluator the unit that evaluates its funds, such as 江门市, not null
   * @return every finding, not null
   */
  public ValidationReport validate(SelfEvaluation evaluation, FiscalUnit evaluator) {
    return validate(evaluation, evaluator, ValidationPolicy.defaults());
  }

  /**
   * Checks a self-evaluation against the flow as {@link #validate(SelfEvaluation, FiscalUnit)} does, under a policy.
   *
   * @param evaluation the self-evaluation, not null
   * @param evaluator the unit that evaluates its funds, not null
   * @param policy which rules run and at what severity, not null
   * @return every finding, not null
   */
  public ValidationReport validate(SelfEvaluation evaluation, FiscalUnit evaluator, ValidationPolicy policy) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(evaluator, "evaluator");
    return policy.adjust(ValidationReport.of(EvaluationChecks.check(this, evaluation, evaluator)));
  }

  /** Returns {@code FundFlow[3 notices, 2 links: 粤财社〔2021〕307号 → 江财社〔2022〕5号 (江门市 196万元), …]}. */
  @Override
  public String toString() {
    return "FundFlow[" + notices.size() + " notices, " + links.size() + " links: " + links + "]";
  }
}
