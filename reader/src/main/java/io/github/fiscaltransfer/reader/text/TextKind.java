package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.validation.Arguments;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of document an extracted text is (文本类别), decided from its title and the tables it prints: a
 * self-evaluation when its title says 自评报告, a 部门决算 or 部门预算 when its title says so or it prints at least
 * two of the known tables of one, otherwise a transfer notice.
 */
public enum TextKind {
  /** A transfer notice (资金下达通知). */
  NOTICE("notice"),
  /** A performance self-evaluation (绩效自评报告). */
  SELF_EVALUATION("self-evaluation"),
  /** A department budget (部门预算). */
  BUDGET("budget"),
  /** A department's final accounts (部门决算). */
  FINAL_ACCOUNTS("final-accounts");

  /** How many non-blank lines from the top are the title. */
  public static final int TITLE_LINES = 5;

  /** A 发文字号 such as 粤财社〔2021〕307号, with any of the brackets real notices print. */
  private static final Pattern NUMBER = Pattern.compile(".*[〔\\[［【(（]\\d{4}[〕\\]］】)）]\\d+号.*");

  private final String label;

  TextKind(String label) {
    this.label = label;
  }

  /**
   * Decides the kind of a text.
   *
   * @param text the extracted text, not null
   * @return the kind, not null
   */
  public static TextKind of(CharSequence text) {
    return decide(text).kind();
  }

  /**
   * Decides the kind of a text and says why: the first title line that names a 通知 or prints a 发文字号 makes it a
   * notice (a notice naming 部门预算经济科目 in its first lines is still a notice), one that says 自评报告 a
   * self-evaluation; else a title saying 部门决算 or 部门预算 (wrapped over lines or not), else the tables it prints.
   *
   * @param text the extracted text, not null
   * @return the decision, not null
   */
  public static Decision decide(CharSequence text) {
    List<String> lines = text.toString().lines().toList();
    StringBuilder title = new StringBuilder();
    for (int i = 0, seen = 0; i < lines.size() && seen < TITLE_LINES; i++) {
      String line = NoticeLines.compact(lines.get(i).strip());
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      title.append(line);
      if (line.contains("通知") || NUMBER.matcher(line).matches()) {
        return new Decision(NOTICE, i + 1, "title-notice", 0);
      }
      if (line.contains("自评报告")) {
        return new Decision(SELF_EVALUATION, i + 1, "title-evaluation", 0);
      }
    }
    if (title.indexOf("部门决算") >= 0) {
      return new Decision(FINAL_ACCOUNTS, 1, "title-final-accounts", 0);
    }
    if (title.indexOf("部门预算") >= 0) {
      return new Decision(BUDGET, 1, "title-budget", 0);
    }
    List<TableCatalog.Heading> tables = TableCatalog.find(SourceLines.of(text));
    long finals = tables.stream().filter(TableCatalog.Heading::finalAccounts).count();
    if (finals >= 2) {
      return new Decision(FINAL_ACCOUNTS, tables.get(0).line() + 1, "tables-final-accounts", (int) finals);
    }
    if (tables.size() - finals >= 2) {
      return new Decision(BUDGET, tables.get(0).line() + 1, "tables-budget",
          (int) (tables.size() - finals));
    }
    return new Decision(NOTICE, 1, "default", 0);
  }

  /**
   * A decision on a text's kind and why.
   *
   * @param kind the kind decided, not null
   * @param line the line (from 1) that decided it
   * @param reason why, as the case of the {@code read.kind} finding's message, such as {@code title-final-accounts}
   *     ({@code given} where the caller chose the kind), not null
   * @param tables how many of the kind's known tables the text prints, where they decided it, else 0
   */
  public record Decision(TextKind kind, int line, String reason, int tables) {

    /** Checks the decision. */
    public Decision {
      java.util.Objects.requireNonNull(kind, "kind");
      java.util.Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the arguments of the {@code read.kind} finding's message: the kind ({@code readAs}) and the tables.
     *
     * @return the arguments, not null
     */
    public Arguments arguments() {
      return Arguments.of("readAs", kind).and("tables", tables);
    }

    /**
     * The decision in short, such as {@code read as budget: title-budget}; the {@code read.kind} finding says it in
     * words, in English or Chinese.
     */
    @Override
    public String toString() {
      return "read as " + kind + ": " + reason;
    }
  }

  /**
   * Returns the kind a label names.
   *
   * @param label {@code notice}, {@code self-evaluation}, {@code budget} or {@code final-accounts}, any case
   * @return the kind, empty if the label names none
   */
  public static Optional<TextKind> ofLabel(String label) {
    String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    for (TextKind kind : values()) {
      if (kind.label.equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Returns the label, such as {@code final-accounts}. */
  @Override
  public String toString() {
    return label;
  }
}
