package io.github.fiscaltransfer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void parsesAsPrintedAndKeepsTheScale() {
    assertEquals(new BigDecimal("3.5"), Percent.parse("3.5%").figure());
    assertEquals("4%", Percent.parse("4 ％").toString());
    assertNotEquals(Percent.parse("4%"), Percent.parse("4.0%"));
    assertEquals(Percent.parse("4%"), Percent.of(new BigDecimal("4")));
    assertEquals(Percent.parse("4%").hashCode(), Percent.of(new BigDecimal("4")).hashCode());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Percent.parse("4"));
    assertEquals("Not a percentage: 4", wrong.getMessage());
  }

  @Test
  void roundsTheExactRatioHalfUpToThePrintedDigits() {
    // 第二部分 of seed 004: 11,294 over 262,506 (273,800 less the change) is 4.302…%.
    assertEquals(new BigDecimal("4"), Percent.parse("4%").roundAsPrinted(new BigDecimal("11294"),
        new BigDecimal("262506")));
    // 预算准备金 50万元, 减少30万元: 30/80 = 37.5% exactly, half up to 38%.
    assertEquals(new BigDecimal("38"), Percent.parse("38%").roundAsPrinted(new BigDecimal("30"),
        new BigDecimal("80")));
    assertEquals(new BigDecimal("37.5"), Percent.parse("37.5%").roundAsPrinted(new BigDecimal("30"),
        new BigDecimal("80")));
  }

  @Test
  void reachableWhenTheRoundingOfTheFiguresExplainsIt() {
    // 医药支付管理 554 +148: 148/406 = 36.45%; 148.5/405 = 36.67% rounds to 37%, 147.5/407 = 36.24% to 36%.
    BigDecimal half = new BigDecimal("0.5");
    assertTrue(Percent.parse("37%").reachable(new BigDecimal("148"), half, new BigDecimal("406"), BigDecimal.ONE));
    assertTrue(Percent.parse("36%").reachable(new BigDecimal("148"), half, new BigDecimal("406"), BigDecimal.ONE));
    assertFalse(Percent.parse("38%").reachable(new BigDecimal("148"), half, new BigDecimal("406"), BigDecimal.ONE));
    assertFalse(Percent.parse("37%").reachable(new BigDecimal("148"), BigDecimal.ZERO, new BigDecimal("406"),
        BigDecimal.ZERO));
  }
}
