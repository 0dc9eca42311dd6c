package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.TextMutations;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.jackson.FiscalTransferModule;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.text.SelfEvaluationTextReader;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue #35's third invariant, per reader: whatever a reader reads writes to JSON and reads back equal, so that no
 * reader accepts what the JSON reader refuses. Over mutated self-evaluation texts (seed 003, mutated by character)
 * and generated workbooks (a table of up to eight lines in 万元, figures as numbers in one of several formats or as
 * text, some beyond the digit limit or finer than one fen).
 */
class ReadersRoundTripPropertyTest {

  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();
  private static final FiscalUnit JIANGMEN = UnitRegistry.builtIn().byName("江门市").orElseThrow();
  private static final List<String> NAMES = List.of("市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市",
      "恩平市");
  private static final List<String> FORMATS = List.of("0.00", "#,##0.00", "0.00\"万元\"", "General", "0", "@");

  @Provide
  Arbitrary<String> evaluations() {
    return TextMutations.of(List.of(SeedTexts.text(SeedTexts.SELF_EVALUATION)));
  }

  @Property(tries = 200)
  void aSelfEvaluationReadFromTextRoundTripsThroughJson(@ForAll("evaluations") String text) throws IOException {
    ReadResult<SelfEvaluation> read = SelfEvaluationTextReader.builtIn().read(text);
    Statistics.label("read").collect(read.document().isPresent() ? "a self-evaluation" : "nothing");
    if (read.document().isPresent()) {
      String json = MAPPER.writeValueAsString(read.document().get());
      assertEquals(read.document().get(), MAPPER.readValue(json, SelfEvaluation.class), json);
    }
  }

  /** A figure cell: the text of its figure, and its format ({@code @} writes the figure as text). */
  record Figure(String figure, String format) {}

  @Provide
  Arbitrary<List<Figure>> tables() {
    Arbitrary<String> figures = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999.99")).ofScale(2)
            .map(BigDecimal::toPlainString)),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(18).ofMaxLength(23)),
        Tuple.of(1, Arbitraries.of("0.000001", "1.0000009", "１４７７", "-0.00", "1e5")));
    return Combinators.combine(figures, Arbitraries.of(FORMATS)).as(Figure::new).list().ofMinSize(1)
        .ofMaxSize(NAMES.size());
  }

  @Property(tries = 25)
  void anAllocationTableReadFromAWorkbookRoundTripsThroughJson(@ForAll("tables") List<Figure> figures)
      throws IOException {
    Path file = Files.createTempFile("round-trip", ".xlsx");
    try {
      List<TableWorkbook.Line> lines = new ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        Figure figure = figures.get(i);
        String printed = figure.format().equals("@") ? figure.figure() : figure.figure().replace("１４７７", "1477");
        lines.add(new TableWorkbook.Line(NAMES.get(i), printed, figure.format()));
      }
      TableWorkbook.write(file, lines);
      ReadResult<AllocationTable> read = AllocationSheetReader.builtIn().read(file, JIANGMEN);
      Statistics.label("lines read").collect(read.document().map(t -> t.lines().size()).orElse(-1));
      if (read.document().isPresent()) {
        String json = MAPPER.writeValueAsString(read.document().get());
        AllocationTable back = MAPPER.readerFor(AllocationTable.class)
            .withAttribute(FiscalTransferModule.ISSUER, JIANGMEN).readValue(json);
        assertEquals(read.document().get(), back, json);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
