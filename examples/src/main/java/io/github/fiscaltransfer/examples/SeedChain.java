package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints every seed document read from its JSON file — number, kind, grant, total in its own unit, lines — with its
 * validation report, then the seeds as one fund flow, then the seed texts as read from the published documents,
 * then the seed department budget and the two 部门决算 of the corpus with their findings grouped by table, and last
 * seed 004's prose (文字部分) and the two 决算's 情况说明 checked statement by statement against their tables.
 * The README's first command runs it.
 */
public final class SeedChain {

  private SeedChain() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if a seed file cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    NoticeValidator validator = NoticeValidator.builtIn();
    List<NoticeDocument> seeds = SeedDocuments.load();
    for (NoticeDocument seed : seeds) {
      seed.notice().ifPresent(notice -> print(notice, "", out));
      seed.targets().forEach(targets -> out.println("   " + targets));
      seed.selfEvaluation().ifPresent(evaluation -> out.println("== " + evaluation));
      out.println("  validation: " + seed.validate().toString().replace("\n", "\n  "));
      out.println();
    }
    SeedFlow.of(seeds).print(out);
    out.println();
    TransferNotice broken = BrokenNotice.of(JiangmenPreAllocations.capacity());
    out.println("A deliberately broken copy of " + broken.reference() + " (蓬江区 16.57 → 16.75, 鹤山市 → 梁河县):");
    out.println("  validation: " + validator.validate(broken).toString().replace("\n", "\n  "));
    out.println();
    SeedTextsRead.print(out);
    out.println();
    DepartmentBudget budget = SeedBudget.document();
    SeedBudgetReport.print(budget, List.of(TableId.values()), BudgetValidator.builtIn().validate(budget), out);
    for (FinalAccounts accounts : RealFinalAccounts.load()) {
      out.println();
      SeedBudgetReport.print(accounts, List.of(FinalTableId.values()),
          FinalAccountsValidator.builtIn().validate(accounts), out);
    }
    out.println();
    SeedBudgetStatements.print(out);
    out.println();
    RealFinalAccountsStatements.print(out);
  }

  static void print(TransferNotice notice, String indent, PrintStream out) {
    out.println(indent + "== " + notice.reference() + "  " + notice.kind().label() + " "
        + notice.urgency().label() + "  " + notice.issuingAuthority()
        + notice.issueDate().map(d -> "  " + d).orElse(""));
    out.println(indent + "   " + notice.title());
    notice.basis().forEach(ref -> out.println(indent + "   依据 " + ref));
    for (GrantAllocation allocation : notice.allocations()) {
      out.println(indent + "   " + allocation.grant());
      out.println(indent + "   labels " + allocation.grant().labels() + "  total " + allocation.statedTotal().orElseThrow());
      allocation.table().ifPresent(table ->
          out.println(indent + "   " + table.toString().replace("\n", "\n" + indent + "   ")));
    }
    notice.confirmed().forEach(confirmed -> print(confirmed, indent + "    ", out));
  }
}
