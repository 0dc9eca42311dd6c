package io.github.fiscaltransfer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

  @ParameterizedTest(name = "{0} points is {1}")
  @CsvSource({"0, 差", "59.99, 差", "60, 中", "60.00, 中", "79.99, 中", "80, 良", "89.99, 良", "89.999, 良", "90, 优",
      "100, 优", "100.00, 优"})
  void boundariesAreExact(String score, String label) {
    assertEquals(label, Grade.of(new BigDecimal(score)).label());
  }

  @Test
  void scoresOutsideZeroToHundredAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Grade.of(new BigDecimal("100.01")));
    assertEquals("A total score must be between 0 and 100: 100.01", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Grade.of(new BigDecimal("-0.01")));
  }

  @Test
  void labelsReadBack() {
    for (Grade grade : Grade.values()) {
      assertEquals(grade, Grade.ofLabel(grade.toString()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grade.ofLabel("良好"));
    assertEquals("Unknown grade: '良好' (expected 优, 良, 中 or 差)", e.getMessage());
  }
}
