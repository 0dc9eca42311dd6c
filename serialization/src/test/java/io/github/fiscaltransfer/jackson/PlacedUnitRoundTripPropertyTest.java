package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.RetainedShare;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Units no registry lists — a township, a village, a project or a department built with
 * {@code FiscalUnit.of(name, level, parent)} — are written with their level and parent and read back equal, as
 * recipients and as the issuer, through the default mapper and through a mapper with a registry of its own; the
 * documents written are valid against the notice-document schema.
 */
class PlacedUnitRoundTripPropertyTest {

  /** No list of divisions has these names: they are what a county or township table prints below itself. */
  private static final List<String> NAMES = List.of("白花镇", "梁化镇", "石桥村", "乡村振兴示范项目", "县卫生健康局",
      "大亚湾开发区", "省级留用", "火星乡");

  /** The built-in registry merged with a user's CSV: the case "with a registry in the mapper". */
  private static final JsonMapper WITH_REGISTRY = FiscalTransferMappers.builder(FiscalTransferModule.withUnits(
      UnitRegistry.builtIn().merge(new StringReader("code,name,aliases\n441323,惠东县,惠东\n")))).build();

  @Property
  void noticesNamingUnitsOutsideEveryRegistryRoundTrip(@ForAll("placedNotices") TransferNotice notice)
      throws Exception {
    List<FiscalUnit> placed = placedUnits(notice);
    Statistics.label("placed issuer").collect(placed.contains(notice.issuer()));
    Statistics.label("placed recipients").collect(placed.size());
    assertTrue(!placed.isEmpty(), "the notice names a unit without a code");
    for (JsonMapper mapper : List.of(FiscalTransferMappers.newMapper(), WITH_REGISTRY)) {
      String json = mapper.writeValueAsString(notice);
      assertEquals(notice, mapper.readValue(json, TransferNotice.class), json);
      NoticeDocument document = NoticeDocument.of(notice, List.of());
      String written = mapper.writeValueAsString(document);
      assertEquals(document, mapper.readValue(written, NoticeDocument.class));
      assertEquals(Set.of(), NoticeDocumentSchema.errors(mapper.readTree(written)), written);
    }
  }

  @Example
  void aTownshipIsWrittenWithItsLevelAndParentAndOlderJsonStillReads() throws Exception {
    FiscalUnit huidong = UnitRegistry.builtIn().byName("惠东县").orElseThrow();
    FiscalUnit baihua = FiscalUnit.of("白花镇", AdministrativeLevel.TOWNSHIP, huidong);
    String json = Mappers.write(baihua);
    assertEquals("{\"name\":\"白花镇\",\"level\":\"township\",\"parent\":{\"name\":\"惠东县\",\"code\":\"441323\"}}",
        json);
    assertEquals(baihua, Mappers.read(json, FiscalUnit.class));
    assertEquals(baihua, Mappers.newMapper().readerFor(Recipient.class).withAttribute(FiscalTransferModule.ISSUER,
        huidong).readValue(json));
    Recipient older = Mappers.newMapper().readerFor(Recipient.class).withAttribute(FiscalTransferModule.ISSUER,
        huidong).readValue("{\"name\":\"白花镇\"}");
    assertEquals(UnknownRecipient.of("白花镇", huidong), older);
  }

  @Example
  void aLevelWithoutItsParentIsRefused() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> Mappers.newMapper().readValue("{\"name\":\"白花镇\",\"level\":\"township\"}", FiscalUnit.class));
    assertTrue(e.getMessage().contains("parent"), e.getMessage());
  }

  @Provide
  Arbitrary<TransferNotice> placedNotices() {
    return Combinators.combine(new NoticeDomain().notices(), Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.integers().between(0, 1_000), Arbitraries.of(true, false))
        .as(PlacedUnitRoundTripPropertyTest::withPlacedUnits);
  }

  /**
   * Adds one line a name to the notice's table, each for a unit without a code placed below the issuer, below a
   * recipient, or below the unit added before it; with {@code placedIssuer}, the issuer itself becomes such a unit.
   */
  private static TransferNotice withPlacedUnits(TransferNotice notice, List<String> names, int seed,
      boolean placedIssuer) {
    FiscalUnit issuer = notice.issuer();
    if (placedIssuer && issuer.level().compareTo(AdministrativeLevel.COUNTY) < 0) {
      issuer = FiscalUnit.of("某开发区管委会", AdministrativeLevel.values()[issuer.level().ordinal() + 1], issuer);
    }
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = allocation.table().orElseThrow();
    List<AllocationLine> lines = new ArrayList<>();
    for (AllocationLine line : table.lines()) {
      lines.add(line.recipient() instanceof RetainedShare share
          ? AllocationLine.of(issuer.retainedShare(share.name()), line.amount()) : line);
    }
    List<FiscalUnit> above = new ArrayList<>(List.of(issuer));
    table.lines().forEach(line -> { if (line.recipient() instanceof FiscalUnit unit) { above.add(unit); } });
    for (int i = 0; i < names.size(); i++) {
      FiscalUnit parent = above.get((seed + i * 7) % above.size());
      if (parent.level() == AdministrativeLevel.TOWNSHIP) {
        parent = parent.parent().orElseThrow();
      }
      AdministrativeLevel level = AdministrativeLevel.values()[
          parent.level().ordinal() + 1 + (seed + i) % (AdministrativeLevel.TOWNSHIP.ordinal() - parent.level().ordinal())];
      FiscalUnit unit = FiscalUnit.of(names.get(i), level, parent);
      above.add(unit);
      lines.add(AllocationLine.of(unit, PrintedAmount.of(java.math.BigDecimal.valueOf(i + 1L, table.scale()),
          table.unit())));
    }
    AllocationTable placedTable = AllocationTable.builder().from(table).lines(lines).build();
    return TransferNotice.builder().from(notice).issuer(issuer)
        .allocations(List.of(GrantAllocation.of(allocation.grant(), allocation.statedTotal(), placedTable))).build();
  }

  private static List<FiscalUnit> placedUnits(TransferNotice notice) {
    List<FiscalUnit> placed = new ArrayList<>();
    if (notice.issuer().code().isEmpty()) {
      placed.add(notice.issuer());
    }
    notice.allocations().get(0).table().orElseThrow().lines().stream().map(AllocationLine::recipient)
        .filter(r -> r instanceof FiscalUnit unit && unit.code().isEmpty()).map(FiscalUnit.class::cast)
        .forEach(placed::add);
    return placed;
  }
}
