package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tables a department's disclosure prints, known by their titles (表名目录): the eleven of a 部门预算 (as
 * {@link TableId} names them) and the nine of a 部门决算 ({@link FinalTableId}). A table is found where a line says a known title —
 * numbered ({@code 表1}, {@code 一、}, {@code 1.}) or not, spaces anywhere — and a 单位 line follows within
 * {@value #UNIT_WITHIN} non-blank lines; a table of contents, which names the titles without a 单位 line, is no table.
 */
final class TableCatalog {

  /** How many non-blank lines after a title its 单位 line may come. */
  static final int UNIT_WITHIN = 3;

  /** The nine tables of a 部门决算, in printed order. */
  static final List<String> FINAL_ACCOUNTS = Arrays.stream(FinalTableId.values()).map(FinalTableId::title).toList();

  /** The eleven tables of a 部门预算, in printed order. */
  static final List<String> BUDGET = Arrays.stream(TableId.values()).map(TableId::title).toList();

  private static final Pattern NUMBERING = Pattern.compile(
      "^(表\\d{1,2}|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[、.．])");
  private static final Pattern MARKUP = Pattern.compile("^[#*\\-]+|\\*\\*");
  private static final Pattern QUOTES = Pattern.compile("[\"“”]");

  /** A table found: its title as the catalog spells it, whether it is a 决算 table, and its 0-based title line. */
  record Heading(String title, boolean finalAccounts, int line) {}

  private TableCatalog() {}

  /** Returns the known tables a text prints, in printed order. */
  static List<Heading> find(SourceLines lines) {
    List<Heading> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> title = title(lines.stripped(i));
      if (title.isPresent() && unitFollows(lines, i)) {
        found.add(new Heading(title.get(), FINAL_ACCOUNTS.contains(title.get()), i));
      }
    }
    return found;
  }

  /** Returns the catalog title a line says, if it says one. */
  static Optional<String> title(String stripped) {
    String compact = NUMBERING.matcher(MARKUP.matcher(NoticeLines.compact(stripped)).replaceAll("")).replaceFirst("");
    String unquoted = QUOTES.matcher(compact).replaceAll("");
    return FINAL_ACCOUNTS.stream().filter(t -> QUOTES.matcher(t).replaceAll("").equals(unquoted)).findFirst()
        .or(() -> BUDGET.stream().filter(t -> QUOTES.matcher(t).replaceAll("").equals(unquoted)).findFirst());
  }

  /** Returns whether a 单位 line follows a title line within {@value #UNIT_WITHIN} non-blank lines. */
  static boolean unitFollows(SourceLines lines, int title) {
    int seen = 0;
    for (int i = title + 1; i < lines.size() && seen < UNIT_WITHIN; i++) {
      if (!lines.isBlank(i)) {
        if (NoticeLines.UNIT.matcher(lines.stripped(i)).find()) {
          return true;
        }
        seen++;
      }
    }
    return false;
  }
}
