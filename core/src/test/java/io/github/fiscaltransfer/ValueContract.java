package io.github.fiscaltransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The equals/hashCode contract, checked on two equal values built separately and one different value. */
public final class ValueContract {

  private ValueContract() {}

  public static void assertValueSemantics(Object value, Object equalValue, Object differentValue) {
    assertEquals(value, value);
    assertEquals(value, equalValue);
    assertEquals(equalValue, value);
    assertEquals(value.hashCode(), equalValue.hashCode());
    assertNotEquals(value, differentValue);
    assertNotEquals(differentValue, value);
    assertNotEquals(null, value);
  }
}
