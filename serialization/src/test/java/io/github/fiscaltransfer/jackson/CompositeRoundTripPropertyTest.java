package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.performance.Funding;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.target.Target;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.testing.PerformanceDomain;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * read(write(x)) equals x, every figure with its scale, and write(read(json)) gives the same JSON, for the composite
 * types over the core test-jar's domains.
 */
class CompositeRoundTripPropertyTest {

  /** A notice to attach generated target tables to. */
  private static final TransferNotice TARGETS_NOTICE = NoticeDocumentJsonTest.NOTICE;

  @Property
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void noticesRoundTripWithTheirScales(@ForAll TransferNotice notice) {
    String json = Mappers.write(notice);
    TransferNotice back = Mappers.read(json, TransferNotice.class);
    assertEquals(notice, back);
    assertEquals(json, Mappers.write(back));
    assertEquals(Set.of(), NoticeDocumentSchema.errors(Mappers.newMapper().valueToTree(
        NoticeDocument.of(notice, List.of()))), "the document matches the schema");
    AllocationTable table = notice.allocations().get(0).table().orElseThrow();
    AllocationTable tableBack = back.allocations().get(0).table().orElseThrow();
    assertEquals(figures(table), figures(tableBack), "figures and scales unchanged");
    Statistics.label("unit").collect(table.unit());
    Statistics.label("lines").collect(table.lines().size() == 1 ? "single" : "several");
    Statistics.label("lines").coverage(coverage -> {
      coverage.check("single").count(count -> count > 0);
      coverage.check("several").count(count -> count > 0);
    });
  }

  @Property
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void tablesAndLinesReadOnTheirOwnAgainstTheirIssuer(@ForAll TransferNotice notice) throws Exception {
    AllocationTable table = notice.allocations().get(0).table().orElseThrow();
    ObjectReader reader = Mappers.newMapper().readerFor(AllocationTable.class)
        .withAttribute(FiscalTransferModule.ISSUER, notice.issuer());
    assertEquals(table, reader.readValue(Mappers.write(table)));
    AllocationLine line = table.lines().get(0);
    assertEquals(line, reader.forType(AllocationLine.class).readValue(Mappers.write(line)));
  }

  @Property
  @Domain(PerformanceDomain.class)
  @Domain(DomainContext.Global.class)
  void targetTablesRoundTrip(@ForAll @Size(max = 6) List<Target> targets, @ForAll BudgetLine amounts) {
    PerformanceTargetTable.Builder builder = PerformanceTargetTable.builder().grantName("医疗救助补助资金")
        .year(Year.of(2023)).funding(Funding.builder().annual(amounts.available()).central(amounts.spent()).build());
    targets.forEach(target -> builder.addIndicators(PerformanceIndicator.builder().level1Text("产出指标")
        .level2Text("数量指标").name("指标").target(target).build()));
    PerformanceTargetTable table = builder.build();
    String json = Mappers.write(table);
    assertEquals(table, Mappers.read(json, PerformanceTargetTable.class));
    assertEquals(json, Mappers.write(Mappers.read(json, PerformanceTargetTable.class)));
    assertEquals(Set.of(), NoticeDocumentSchema.errors(Mappers.newMapper().valueToTree(
        NoticeDocument.of(TARGETS_NOTICE, List.of(table)))), "the document matches the schema");
    Statistics.label("indicators").collect(targets.isEmpty() ? "none" : "some");
  }

  @Property
  @Domain(PerformanceDomain.class)
  @Domain(DomainContext.Global.class)
  void selfEvaluationsRoundTrip(@ForAll @Size(min = 1, max = 4) List<BudgetLine> lines, @ForAll boolean inRegion) {
    SelfEvaluation evaluation = SelfEvaluation.builder().grantName("医疗服务与保障能力提升补助资金").year(Year.of(2022))
        .region(Optional.of("江门市").filter(region -> inRegion)).budgetLines(lines).build();
    String json = Mappers.write(evaluation);
    SelfEvaluation back = Mappers.read(json, SelfEvaluation.class);
    assertEquals(evaluation, back);
    assertEquals(Set.of(), NoticeDocumentSchema.errors(Mappers.newMapper().valueToTree(NoticeDocument.of(evaluation))),
        "the document matches the schema");
    assertEquals(lines.stream().map(line -> line.spent().figure().toPlainString()).toList(),
        back.budgetLines().stream().map(line -> line.spent().figure().toPlainString()).toList());
  }

  private static List<String> figures(AllocationTable table) {
    return table.lines().stream().map(line -> line.amount().figure().toPlainString()).toList();
  }
}
