package io.github.fiscaltransfer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The equals/hashCode contract, checked on two equal values built separately and one different value. */
final class ValueContract {

  private ValueContract() {}

  static void assertValueSemantics(Object value, Object equalValue, Object differentValue) {
    assertEquals(value, value);
    assertEquals(value, equalValue);
    assertEquals(equalValue, value);
    assertEquals(value.hashCode(), equalValue.hashCode());
    assertNotEquals(value, differentValue);
    assertNotEquals(differentValue, value);
    assertNotEquals(null, value);
  }
}
