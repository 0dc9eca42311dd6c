package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a text is, decided by the first of its title lines that says: a notice when it names a 通知 or prints a
 * 发文字号, a self-evaluation when it says 自评报告 (a notice naming 部门预算经济科目 is still a notice); a department
 * budget only when a title line says 部门预算 and none of these; else a notice. The user's {@code --kind} overrides the decision.
 */
enum TextKind {
  /** A transfer notice (资金下达通知). */
  NOTICE,
  /** A self-evaluation (绩效自评报告). */
  SELF_EVALUATION,
  /** A department budget (部门预算). */
  DEPARTMENT_BUDGET;

  /** How many non-blank lines from the top are the title that decides the kind. */
  static final int TITLE_LINES = 5;
  private static final Pattern NUMBER = Pattern.compile(".*[〔\\[［【(（]\\s*\\d{4}\\s*[〕\\]］】)）]\\s*\\d+\\s*号.*");

  /** A decision and why: the line that decided it (0 if none did) and the words. */
  record Decision(TextKind kind, int line, String text, String why) {

    /** The reading report with the decision added as a {@code read.kind} information. */
    ReadReport explain(ReadReport report) {
      return ReadReport.builder().addAll("", report).add(ReadRule.KIND,
          SourcePosition.inText(Math.max(line, 1), 1), text, why).build();
    }
  }

  /** Decides the kind of a text, or takes the user's. */
  static Decision of(String text, TextKind given) {
    if (given != null) {
      return new Decision(given, 0, "--kind", "read as a " + given.label() + " because --kind says so");
    }
    List<String> lines = text.lines().toList();
    int seen = 0;
    Decision budget = null;
    for (int i = 0; i < lines.size() && seen < TITLE_LINES; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (line.contains("通知") || NUMBER.matcher(line).matches()) {
        return new Decision(NOTICE, i + 1, line, "read as a notice: its title names a 通知 or prints a 发文字号");
      }
      if (line.contains("自评报告")) {
        return new Decision(SELF_EVALUATION, i + 1, line, "read as a self-evaluation: its title says 自评报告");
      }
      if (budget == null && line.contains("部门预算")) {
        budget = new Decision(DEPARTMENT_BUDGET, i + 1, line, "its title says 部门预算 on line " + (i + 1));
      }
    }
    return budget != null ? budget : new Decision(NOTICE, 0, "", "read as a notice: no title line says otherwise");
  }

  /** The kind in English with its Chinese term. */
  String label() {
    return switch (this) {
      case NOTICE -> "notice (资金下达通知)";
      case SELF_EVALUATION -> "self-evaluation (绩效自评报告)";
      case DEPARTMENT_BUDGET -> "department budget (部门预算)";
    };
  }
}
