package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainSpecTest {

  private static final ChainSpec TWO = new ChainSpec(List.of(new BigDecimal("1.00"), new BigDecimal("2.50")),
      List.of("21015", "2101502"), false);

  @Test
  void aFaultChangesOnlyTheChildItIsInjectedInto() {
    List<TransferNotice> clean = TWO.notices();
    List<TransferNotice> faulty = TWO.notices(1, ChainSpec.Fault.ONE_FEN_MORE);
    assertEquals(3, faulty.size());
    assertEquals(clean.subList(0, 2), faulty.subList(0, 2));
    assertEquals("2.51元", faulty.get(2).allocations().get(0).statedTotal().orElseThrow().toString());
    assertEquals("测财社〔2022〕2号#/allocations/0/statedTotal", ChainSpec.Fault.ONE_FEN_MORE.path(1));
  }

  @Test
  void distributingChildrenKeepHalfAndGiveOutTheRestOfWhatTheyState() {
    List<TransferNotice> notices = TWO.distributingNotices(1, ChainSpec.Fault.ONE_FEN_MORE);
    assertEquals(TWO.parent(), notices.get(0));
    AllocationTable first = notices.get(1).allocations().get(0).table().orElseThrow();
    assertEquals(List.of("市本级 0.50元", "测试1县 0.50元"), first.lines().stream()
        .map(line -> line.recipient().name() + " " + line.amount()).toList());
    AllocationTable faulty = notices.get(2).allocations().get(0).table().orElseThrow();
    assertEquals(List.of("1.25元", "1.26元"), faulty.lines().stream().map(line -> line.amount().toString()).toList());
    assertEquals("2.51元", faulty.declaredTotal().toString());
  }

  @Test
  void aSpecIsCheckedWhenMade() {
    IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
        () -> new ChainSpec(List.of(BigDecimal.ONE), List.of(), false));
    assertEquals("A chain needs as many child subjects as amounts, at least one: [1], []", sizes.getMessage());
    IllegalArgumentException fen = assertThrows(IllegalArgumentException.class,
        () -> new ChainSpec(List.of(new BigDecimal("0.001")), List.of("21015"), false));
    assertEquals("A child's line must be at least one fen, in fen: 0.001", fen.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> TWO.notices(2, ChainSpec.Fault.YEAR_CHANGED));
  }
}
