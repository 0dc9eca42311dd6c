package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.FundColumn;
import io.github.fiscaltransfer.budget.StandardTable;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.statement.Statement;
import io.github.fiscaltransfer.statement.StatementVerdict;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A document's own tables as the report shows them, read from the document's JSON form so that every row and cell
 * has the id a finding's JSON Pointer names: a department budget's tables (部门预算公开表) and final accounts'
 * (部门决算表) in their published order, a self-evaluation's budget lines and scores (得分).
 */
final class DocumentTables {

  /** Column headers by JSON key: the budget columns as printed, then the other members tables print. */
  private static final Map<String, String> HEADERS = headers();
  /** Row labels by the JSON key that holds the row. */
  private static final Map<String, String> ROW_LABELS = Map.of("total", "合计", "previous", "上年预算", "current",
      "本年预算", "change", "增减", "revenue", "收入", "totals", "合计", "weights", "权重");
  /** Self-evaluation members and their titles, in the order a 绩效自评报告 prints them. */
  private static final Map<String, String> EVALUATION_PARTS = evaluationParts();

  /**
   * One table: its id, title, unit, and rows grouped into blocks that share one header.
   *
   * @param id the anchor id: the document's id and the table's JSON Pointer, not null
   * @param title the title as published, such as {@code 表7 一般公共预算支出表（按功能分类）}, not null
   * @param unit the unit amounts are printed in, such as {@code 万元}, or empty, not null
   * @param blocks the rows under their headers, not null
   */
  record Table(String id, String title, String unit, List<Block> blocks) {}

  /**
   * Rows that share one header.
   *
   * @param keys the JSON keys of the columns, in order, not null
   * @param headers the columns' headers as printed, not null
   * @param rows the rows, not null
   */
  record Block(List<String> keys, List<String> headers, List<Row> rows) {}

  /**
   * One row: its id, a label where the row has no name of its own (合计), and its cells by JSON key.
   *
   * @param id the anchor id: the document's id and the row's JSON Pointer, not null
   * @param label such as {@code 合计}, or empty, not null
   * @param cells the cells by key, not null
   */
  record Row(String id, String label, Map<String, Cell> cells) {}

  /**
   * One cell.
   *
   * @param id the anchor id: the document's id and the cell's JSON Pointer, not null
   * @param text the value as printed, not null
   */
  record Cell(String id, String text) {}

  private DocumentTables() {}

  /**
   * Returns a disclosure's tables (a department budget's 表1–表11, final accounts' 一 to 九) in their published order,
   * those it prints.
   *
   * @param id the document's anchor id, such as {@code d4}, not null
   * @param document the document's JSON form, not null
   * @param order the standard tables in their published order, not null
   * @return the tables, not null
   */
  static List<Table> ofDisclosure(String id, JsonNode document, List<? extends StandardTable> order) {
    List<Table> tables = new ArrayList<>();
    for (StandardTable table : order) {
      JsonNode node = document.path(table.key());
      if (node.isObject()) {
        tables.add(table(id + "/" + table.key(), table.toString(), node.path("format").path("unit").asText(), node));
      }
    }
    return tables;
  }

  /**
   * Returns a self-evaluation's tables: what it is about, its budget lines (资金) and its scores (得分).
   *
   * @param id the document's anchor id, not null
   * @param evaluation the self-evaluation's JSON form, not null
   * @return the tables, not null
   */
  static List<Table> ofSelfEvaluation(String id, JsonNode evaluation) {
    List<Table> tables = new ArrayList<>();
    String root = id + "/selfEvaluation";
    List<Row> about = new ArrayList<>();
    addRow(evaluation, root, "", about);
    tables.add(new Table(root, "概况", "", blocks(about)));
    EVALUATION_PARTS.forEach((key, title) -> {
      JsonNode part = evaluation.path(key);
      if (part.isContainerNode()) {
        tables.add(table(root + "/" + key, title, "", part));
      }
    });
    return tables;
  }

  /**
   * Returns the statements of a document's prose as one table, a row a statement at {@code /statements/N} (where
   * its findings point): the line it is printed on, the statement, the cell it restates and its verdict.
   *
   * @param id the document's anchor id, such as {@code d4}, not null
   * @param verdicts the statements as judged, in printed order, not null
   * @return the table, empty if there is no statement
   */
  static Optional<Table> ofStatements(String id, List<StatementVerdict> verdicts) {
    if (verdicts.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = List.of("source", "statement", "cell", "verdict");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      StatementVerdict verdict = verdicts.get(i);
      String row = id + "/statements/" + i;
      List<String> texts = List.of(verdict.statement().source().position(), statement(verdict.statement()),
          verdict.cell().map(Object::toString).orElse("—"), verdict.verdict());
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (int k = 0; k < keys.size(); k++) {
        cells.put(keys.get(k), new Cell(row + "/" + keys.get(k), texts.get(k)));
      }
      rows.add(new Row(row, String.valueOf(i + 1), cells));
    }
    return Optional.of(new Table(id + "/statements", "文字部分 (statements of the prose, each with the cell it "
        + "restates)", "", List.of(new Block(keys, List.of("行 (line)", "陈述 (statement)", "对应单元格 (cell)",
        "结论 (verdict)"), rows))));
  }

  /** A statement without its position, which the row prints in a column of its own. */
  private static String statement(Statement statement) {
    String text = statement.toString();
    String position = " (" + statement.source().position() + ")";
    return text.replace(position, "");
  }

  private static Table table(String id, String title, String unit, JsonNode node) {
    List<Row> rows = new ArrayList<>();
    walk(node, id, "", rows);
    return new Table(id, title, unit, blocks(rows));
  }

  /** Adds the rows of a node: an object's own values, then its members' rows; an array's elements. */
  private static void walk(JsonNode node, String id, String label, List<Row> rows) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (isValue(element)) {
          rows.add(new Row(id + "/" + i, "", Map.of("text", new Cell(id + "/" + i, text(element)))));
        } else {
          walk(element, id + "/" + i, "", rows);
        }
      }
      return;
    }
    addRow(node, id, label, rows);
    for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext();) {
      Map.Entry<String, JsonNode> member = members.next();
      if (!member.getKey().equals("format") && !isValue(member.getValue())) {
        walk(member.getValue(), id + "/" + member.getKey(), ROW_LABELS.getOrDefault(member.getKey(), ""), rows);
      }
    }
  }

  /** Adds a row of an object's values, if it has any. */
  private static void addRow(JsonNode node, String id, String label, List<Row> rows) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    node.fields().forEachRemaining(member -> {
      if (isValue(member.getValue())) {
        cells.put(member.getKey(), new Cell(id + "/" + member.getKey(), text(member.getValue())));
      }
    });
    if (!cells.isEmpty()) {
      rows.add(new Row(id, label, cells));
    }
  }

  /** Groups rows under one header while their columns are the header's, or they are elements of one array. */
  private static List<Block> blocks(List<Row> rows) {
    List<Block> blocks = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    List<Row> block = new ArrayList<>();
    String parent = null;
    for (Row row : rows) {
      String rowParent = row.id().substring(0, row.id().lastIndexOf('/'));
      if (!block.isEmpty() && !keys.containsAll(row.cells().keySet()) && !rowParent.equals(parent)) {
        blocks.add(block(keys, block));
        keys = new LinkedHashSet<>();
        block = new ArrayList<>();
      }
      keys.addAll(row.cells().keySet());
      block.add(row);
      parent = rowParent;
    }
    if (!block.isEmpty()) {
      blocks.add(block(keys, block));
    }
    return blocks;
  }

  private static Block block(Set<String> keys, List<Row> rows) {
    List<String> ordered = List.copyOf(keys);
    return new Block(ordered, ordered.stream().map(key -> HEADERS.getOrDefault(key, key)).toList(), List.copyOf(rows));
  }

  /** A text, number or printed amount ({@code {"figure": "8.16", "unit": "万元"}}): one cell. */
  private static boolean isValue(JsonNode node) {
    return node.isValueNode() || node.isObject() && node.has("figure") && node.size() <= 2;
  }

  private static String text(JsonNode node) {
    return node.isObject() ? node.path("figure").asText() + node.path("unit").asText() : node.asText();
  }

  private static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    Stream.of(RevenueColumn.values(), ExpenditureColumn.values(), ThreePublicColumn.values(), FinalIncomeColumn.values(),
        FinalOutgoColumn.values(), FundColumn.values()).flatMap(Stream::of)
        .map(Column.class::cast).forEach(column -> headers.putIfAbsent(column.key(), column.label()));
    headers.putAll(Map.of("subject", "科目", "label", "单位（项目）", "unit", "单位", "name", "名称", "content", "主要内容",
        "fiscal", "财政拨款", "level1", "一级指标", "level2", "二级指标", "target", "指标值", "text", "内容"));
    headers.putAll(Map.of("actual", "实际完成值", "score", "得分", "source", "资金来源", "fundsYear", "资金年度",
        "basisDocument", "依据文件", "available", "可用资金", "spent", "执行数", "statedExecutionRate", "执行率（%）",
        "total", "合计"));
    headers.putAll(Map.of("grantName", "项目名称", "year", "年度", "region", "地区", "statedEvaluatedTotal", "评价资金合计",
        "statedGrade", "等级", "budgetExecution", "预算执行率", "currentExpenditure", "本年支出合计", "carryForward",
        "结转下年", "totalExpenditure", "支出总计"));
    return Map.copyOf(headers);
  }

  private static Map<String, String> evaluationParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("budgetLines", "资金情况");
    parts.put("scores", "绩效指标得分");
    parts.put("weights", "权重");
    return parts;
  }
}
