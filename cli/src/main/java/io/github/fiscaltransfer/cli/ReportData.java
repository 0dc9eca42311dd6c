package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the HTML report shows, written into it as JSON: the documents with their tables, the Sankey of the fund
 * flow, and every finding linked to the table row (or table, or document) it names.
 *
 * @param documents the documents read, in order, not null
 * @param sankey the fund flow, not null
 * @param findings every finding of each document and of the flow, not null
 * @param unreadable why each unreadable file could not be read, not null
 * @param lang the report's language, {@code zh} or {@code en}, not null
 * @param text the report's words in that language ({@code html.*} of the command's bundle), by key, not null
 * @param checked the findings as the rules made them, for the exit code (not written), not null
 */
record ReportData(List<DocumentView> documents, SankeyChart sankey, List<LinkedFinding> findings,
    List<String> unreadable, String lang, Map<String, String> text, @JsonIgnore List<Finding> checked) {

  /** Writes documents in their JSON form, whose pointers the findings carry. */
  private static final ObjectMapper JSON = FiscalTransferMappers.newMapper();

  /**
   * A document: its anchor id, file, reference and tables.
   *
   * @param id the anchor id, such as {@code d0}, not null
   * @param file the file, not null
   * @param reference the 发文字号 or the 绩效自评's year and grant, not null
   * @param title the title, not null
   * @param tables the allocation tables (分配表) of the notice and the notices it confirms, not null
   * @param printed the document's own tables: a budget's 表1–表11 and the statements of its prose (文字部分), a
   *     self-evaluation's scores, not null
   */
  record DocumentView(String id, String file, String reference, String title, List<TableView> tables,
      List<DocumentTables.Table> printed) {}

  /**
   * An allocation table as printed.
   *
   * @param id the anchor id: the document's id and the table's JSON Pointer, not null
   * @param notice the notice that prints it, not null
   * @param grant the grant's name, not null
   * @param statedTotal the total the notice's text states, such as {@code 10,831万元}, null for a table read alone
   * @param declaredTotal the table's 合计, not null
   * @param precision the table's regime, {@code exact} or {@code rounded: } and why, not null
   * @param rows the lines, not null
   */
  record TableView(String id, String notice, String grant, String statedTotal, String declaredTotal,
      String precision, List<RowView> rows) {}

  /**
   * One line of a table.
   *
   * @param id the anchor id: the document's id and the line's JSON Pointer, not null
   * @param recipient the recipient as printed, not null
   * @param amount the amount as printed with its unit, not null
   */
  record RowView(String id, String recipient, String amount) {}

  /**
   * A finding and the anchor of the row, table or document it names, with its message in the report's language and
   * in the other one (shown on hover), and its source position in the report's language.
   *
   * @param anchor the id of the element to link to, or null if the document is not in the report
   * @param finding the finding, its message and source position in English, not null
   * @param message the message in the report's language, not null
   * @param hover the message in the other language, not null
   * @param source where a reader found it, such as {@code 第91行第1列}, or null
   */
  record LinkedFinding(String anchor, FindingView finding, String message, String hover, String source) {}

  /**
   * Reads everything the report shows.
   *
   * @param documents the documents read, not null
   * @param policy the rules to run, the catalogs and the unit registry, not null
   * @param words the report's language and words, not null
   * @return the data, not null
   */
  static ReportData of(DocumentSet documents, ValidationPolicy policy, CliText words) {
    List<DocumentView> views = new ArrayList<>();
    List<FindingView> findings = new ArrayList<>();
    List<Finding> checked = new ArrayList<>();
    Map<String, DocumentSet.Place> places = documents.places();
    List<String> unreadable = new ArrayList<>();
    for (DocumentSet.Entry entry : documents.entries()) {
      entry.problem().ifPresent(unreadable::add);
      entry.document().ifPresent(document -> {
        String id = "d" + views.size();
        List<TableView> tables = new ArrayList<>();
        Optional<TransferNotice> notice = document.flowDocument().flatMap(NoticeDocument::notice);
        notice.ifPresent(n -> addTables(n, id + "/notice", tables));
        document.table().ifPresent(table -> tables.add(tableView(id, entry.key(), table.title().orElse(""), null,
            table)));
        List<DocumentTables.Table> printed = new ArrayList<>(printed(id, document));
        DocumentTables.ofStatements(id, document.statements(policy)).ifPresent(printed::add);
        views.add(new DocumentView(id, entry.file().toString(), entry.key(),
            notice.map(TransferNotice::title).orElse(entry.key()), tables, printed));
        List<Finding> own = new ArrayList<>(document.reading(policy).map(ValidationReport::findings).orElse(List.of()));
        own.addAll(document.validate(policy).findings());
        own.forEach(finding -> findings.add(FindingView.inFile(finding, entry.file().toString())));
        checked.addAll(own);
      });
    }
    FlowChecks flow = FlowChecks.of(documents.documents(), policy);
    flow.report().findings().forEach(finding -> findings.add(FindingView.inFlow(finding, places)));
    checked.addAll(flow.report().findings());
    return new ReportData(views, SankeyChart.of(flow.flow()), link(findings, checked, views, words.language()),
        unreadable, words.language().toString(), words(words), checked);
  }

  /** The report's words ({@code html.*}) as patterns with numbered arguments, which the page's script fills. */
  private static Map<String, String> words(CliText words) {
    Map<String, String> text = new TreeMap<>();
    words.bundle().keySet().stream().filter(key -> key.startsWith("html."))
        .forEach(key -> text.put(key.substring("html.".length()), words.bundle().getString(key)));
    return text;
  }

  /** A budget's or final accounts' tables, a self-evaluation's lines and scores, from their JSON form; none else. */
  private static List<DocumentTables.Table> printed(String id, ReadDocument document) {
    Optional<NoticeDocument> evaluation = document.flowDocument().filter(flow -> flow.selfEvaluation().isPresent());
    if (evaluation.isPresent()) {
      return DocumentTables.ofSelfEvaluation(id, JSON.valueToTree(evaluation.get()).path("selfEvaluation"));
    }
    return document.disclosure().map(disclosure -> DocumentTables.ofDisclosure(id,
        JSON.valueToTree(disclosure.document()), disclosure.order())).orElse(List.of());
  }

  private static void addTables(TransferNotice notice, String root, List<TableView> tables) {
    for (int i = 0; i < notice.allocations().size(); i++) {
      GrantAllocation allocation = notice.allocations().get(i);
      String id = root + "/allocations/" + i + "/table";
      allocation.table().ifPresent(table -> tables.add(tableView(id, notice.reference(), allocation.grant().name(),
          allocation.statedTotal().map(Object::toString).orElse(null), table)));
    }
    for (int k = 0; k < notice.confirmed().size(); k++) {
      addTables(notice.confirmed().get(k), root + "/confirmed/" + k, tables);
    }
  }

  /** The view of a table whose rows are at {@code root/lines/N}; a table read alone is its document's root. */
  private static TableView tableView(String root, String notice, String grant, String stated, AllocationTable table) {
    List<RowView> rows = new ArrayList<>();
    for (int j = 0; j < table.lines().size(); j++) {
      rows.add(new RowView(root + "/lines/" + j, table.lines().get(j).recipient().name(),
          table.lines().get(j).amount().toString()));
    }
    String id = root.contains("/") ? root : root + "/table";
    return new TableView(id, notice, grant, stated, table.declaredTotal().toString(), table.precision().toString(),
        rows);
  }

  /**
   * Links each finding to the deepest row, table or document whose id its file and pointer start with, with its
   * message in both languages (the views and the findings in the same order).
   */
  private static List<LinkedFinding> link(List<FindingView> findings, List<Finding> made, List<DocumentView> documents,
      Language language) {
    Set<String> ids = new HashSet<>();
    documents.forEach(document -> {
      ids.add(document.id());
      document.tables().forEach(table -> {
        ids.add(table.id());
        table.rows().forEach(row -> ids.add(row.id()));
      });
      document.printed().forEach(table -> {
        ids.add(table.id());
        table.blocks().forEach(block -> block.rows().forEach(row -> {
          ids.add(row.id());
          row.cells().values().forEach(cell -> ids.add(cell.id()));
        }));
      });
    });
    List<LinkedFinding> linked = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = made.get(i);
      linked.add(new LinkedFinding(anchor(findings.get(i), documents, ids), findings.get(i),
          finding.message(language.locale()), finding.message(language.other().locale()),
          finding.source(language.locale()).orElse(null)));
    }
    return linked;
  }

  private static String anchor(FindingView finding, List<DocumentView> documents, Set<String> ids) {
    String document = documents.stream().filter(view -> view.file().equals(finding.file())).map(DocumentView::id)
        .findFirst().orElse(null);
    if (document == null) {
      return null;
    }
    String id = document + finding.pointer();
    while (!ids.contains(id)) {
      id = id.substring(0, id.lastIndexOf('/'));
    }
    return id;
  }

  /** The count of findings by severity, such as {@code 4 documents, 0 error(s), 1 warning(s), 5 info}. */
  String summary(CliText words) {
    String summary = words.text("report.summary", documents.size(), count("error"),
        count("warning"), count("info"));
    return unreadable.isEmpty() ? summary
        : words.text("report.summary.unreadable", summary, Integer.toString(unreadable.size()));
  }

  private String count(String severity) {
    return Long.toString(findings.stream().filter(linked -> linked.finding().severity().equals(severity)).count());
  }

}
