package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.reader.text.SelfEvaluationTextReader;
import java.io.PrintStream;

/**
 * Reads the seed texts 000–004 as published (text extracted from the PDFs) and prints what was read: each
 * document, then its read report — the line of a few values and every {@code read.*} finding.
 */
final class SeedTextsRead {

  private SeedTextsRead() {}

  /** Prints every seed text's reading. */
  static void print(PrintStream out) {
    NoticeTextReader reader = NoticeTextReader.builtIn();
    // Seed 000's extraction lost the title; it is supplied from seed 003, which cites the notice by it.
    print(reader.read(SeedTexts.text(SeedTexts.GUANGDONG_307), SeedNotices.guangdong307().title()), "000", out);
    print(reader.read(SeedTexts.text(SeedTexts.LIANGHE)), "001", out);
    print(reader.read(SeedTexts.text(SeedTexts.JIANGMEN_16)), "002", out);
    ReadResult<SelfEvaluation> evaluation =
        SelfEvaluationTextReader.builtIn().read(SeedTexts.text(SeedTexts.SELF_EVALUATION));
    out.println("== seed 003 read from text: " + evaluation.document().map(Object::toString).orElse("no document"));
    out.println("   " + evaluation.report().toString().replace("\n", "\n   "));
    ReadResult<DepartmentBudget> budget = BudgetTextReader.create().read(SeedTexts.text(SeedTexts.SHENZHEN_BUDGET));
    out.println("== seed 004 read from text: " + budget.document().map(Object::toString).orElse("no document"));
    out.println("   " + budget.report().toString().replace("\n", "\n   "));
  }

  private static void print(ReadResult<TransferNotice> read, String seed, PrintStream out) {
    out.println("Seed " + seed + " read from text:");
    read.document().ifPresent(notice -> SeedChain.print(notice, "", out));
    read.report().position("/allocations/0/statedTotal")
        .ifPresent(at -> out.println("   stated total read at " + at));
    out.println("   read report: " + read.report().toString().replace("\n", "\n   "));
    out.println();
  }
}
