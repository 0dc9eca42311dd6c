package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Checks the {@code equals}/{@code hashCode} contract of a value type; shared by the tests of core's packages. */
public final class EqualsContract {

  private EqualsContract() {}

  /**
   * Checks reflexivity, symmetry, null and foreign-type inequality, and equal hash codes of equal values.
   *
   * @param value a value, not null
   * @param equal a distinct instance equal to {@code value}, not null
   * @param different values that must not equal {@code value}, not null
   */
  public static void check(Object value, Object equal, Object... different) {
    assertEquals(value, value, "reflexive");
    assertEquals(value, equal, "equal instances");
    assertEquals(equal, value, "symmetric");
    assertEquals(value.hashCode(), equal.hashCode(), "equal values have equal hash codes");
    assertNotEquals(null, value, "not equal to null");
    assertNotEquals(value, new Object(), "not equal to another type");
    for (Object other : different) {
      assertNotEquals(value, other, "different from " + other);
      assertNotEquals(other, value, "symmetrically different from " + other);
    }
  }
}
