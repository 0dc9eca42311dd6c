package io.github.fiscaltransfer.reader.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    SourceLines lines = SourceLines.of(text);
    String title = NoticeLines.compact(String.join("", text.toString().lines().filter(line -> !line.isBlank())
        .limit(TITLE_LINES).toList()));
    if (title.contains("自评报告")) {
      return SELF_EVALUATION;
    }
    if (title.contains("部门决算") || title.contains("部门预算")) {
      return title.contains("部门决算") ? FINAL_ACCOUNTS : BUDGET;
    }
    List<TableCatalog.Heading> tables = TableCatalog.find(lines);
    long finals = tables.stream().filter(TableCatalog.Heading::finalAccounts).count();
    return finals >= 2 ? FINAL_ACCOUNTS : tables.size() - finals >= 2 ? BUDGET : NOTICE;
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
