package io.github.fiscaltransfer.cli;

import static io.github.fiscaltransfer.cli.CommandRun.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.budget.TableId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's own tables from its JSON form: seed 004's budget tables and seed 003's scores. */
class DocumentTablesTest {

  private static final JsonMapper MAPPER = new JsonMapper();

  @Test
  void aBudgetsTablesInTheirPublishedOrderWithEveryCellAtItsPointer() throws IOException {
    JsonNode budget = MAPPER.readTree(seed("004-shenzhen-healthcare-security-2022.json").toFile());
    List<DocumentTables.Table> tables = DocumentTables.ofDisclosure("d4", budget, List.of(TableId.values()));
    assertEquals(List.of("表1 收支总表", "表2 收入总表", "表3 支出总表", "表5 项目支出总表", "表6 政府预算拨款收支总表",
        "表7 一般公共预算支出表（按功能分类）", "表8 一般公共预算“三公”经费支出表", "表9 政府性基金预算支出表",
        "表10 国有资本经营预算支出表", "表11 部门（单位）整体支出绩效目标表"),
        tables.stream().map(DocumentTables.Table::title).toList(), "seed 004 prints no 表4");
    DocumentTables.Table table7 = tables.get(5);
    assertEquals("d4/generalPublic", table7.id());
    assertEquals("万元", table7.unit());
    DocumentTables.Block rows = table7.blocks().stream().filter(block -> block.keys().contains("subject"))
        .findFirst().orElseThrow();
    assertEquals(List.of("科目", "合计", "基本支出", "项目支出"), rows.headers());
    DocumentTables.Row row = rows.rows().get(7);
    assertEquals("d4/generalPublic/sections/0/rows/7", row.id());
    assertEquals(new DocumentTables.Cell("d4/generalPublic/sections/0/rows/7/subject", "21015 医疗保障管理事务"),
        row.cells().get("subject"));
    assertEquals(new DocumentTables.Cell("d4/generalPublic/sections/0/rows/7/total", "12168"),
        row.cells().get("total"));
    assertEquals(15, rows.rows().size(), "深圳市医疗保障局's 15 subject rows");
    DocumentTables.Row total = table7.blocks().get(0).rows().get(0);
    assertEquals("合计", total.label());
    assertEquals("268660", total.cells().get("total").text());
  }

  @Test
  void finalAccountsInTheReportWithTheirNineTablesInTheOrderOfTheirContents() throws IOException {
    Path real = Path.of("..", "examples", "src", "main", "resources", "real",
        "putuo-social-work-2024-final-accounts.json");
    Path html = Path.of("target", "final-accounts-report.html");
    CommandRun run = CommandRun.of("report", real, "-o", html);
    JsonNode document = ReportCommandTest.data(Files.readString(html, StandardCharsets.UTF_8)).path("documents").get(0);
    List<String> titles = new ArrayList<>();
    document.path("printed").forEach(table -> titles.add(table.path("title").asText()));
    assertEquals(List.of("一、收入支出决算总表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表",
        "五、一般公共预算财政拨款支出决算表", "六、一般公共预算财政拨款基本支出决算表", "七、财政拨款“三公”经费支出决算表",
        "八、政府性基金预算财政拨款收入支出决算表", "九、国有资本经营预算财政拨款收入支出决算表"), titles, run.err());
    // 五's 合计 as 中共上海市普陀区委社会工作部 printed it: 307.82 万元, 105.58 basic, 202.24 project.
    JsonNode total = document.path("printed").get(4).path("blocks").get(0).path("rows").get(0);
    assertEquals("d0/generalPublic/total", total.path("id").asText());
    assertEquals("307.82", total.path("cells").path("total").path("text").asText());
  }

  @Test
  void aSelfEvaluationsBudgetLinesAndScores() throws IOException {
    JsonNode evaluation = MAPPER.readTree(seed("003-jiangmen-self-evaluation-2022.json").toFile())
        .path("selfEvaluation");
    List<DocumentTables.Table> tables = DocumentTables.ofSelfEvaluation("d3", evaluation);
    assertEquals(List.of("概况", "资金情况", "绩效指标得分", "权重"),
        tables.stream().map(DocumentTables.Table::title).toList());
    assertEquals("优", tables.get(0).blocks().get(0).rows().get(0).cells().get("statedGrade").text());
    DocumentTables.Row carried = tables.get(1).blocks().get(0).rows().get(0);
    assertEquals("8.16万元", carried.cells().get("available").text());
    DocumentTables.Block scores = tables.get(2).blocks().get(0);
    assertEquals(List.of("一级指标", "二级指标", "名称", "实际完成值", "得分"), scores.headers());
    assertEquals(17, scores.rows().size());
    DocumentTables.Row first = scores.rows().get(0);
    assertEquals(new DocumentTables.Cell("d3/selfEvaluation/scores/0/score", "2"), first.cells().get("score"));
    assertEquals("3次", first.cells().get("actual").text());
    assertEquals("10", scores.rows().get(16).cells().get("score").text(), "服务对象满意度");
  }
}
