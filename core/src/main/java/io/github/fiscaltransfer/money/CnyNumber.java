package io.github.fiscaltransfer.money;

import io.github.fiscaltransfer.internal.PowersOfTen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import javax.money.NumberValue;

/**
 * The {@link NumberValue} of a {@link CnyAmount}: its exact value in yuan as a {@link BigDecimal}.
 *
 * <p>{@link #doubleValue()}, {@link #floatValue()}, {@link #intValue()}, {@link #longValue()} and
 * {@link #numberValue(Class)} exist because {@link Number} and the JSR 354 API demand them: they are lossy
 * conversions for callers, never used by this library for money. The {@code *Exact} methods throw
 * {@link ArithmeticException} instead of losing anything. Immutable and thread-safe.
 */
final class CnyNumber extends NumberValue {

  private static final long serialVersionUID = 1L;

  private final BigDecimal value;

  CnyNumber(BigDecimal value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns a number as an exact {@link BigDecimal}: {@code double} and {@code float} by their exact binary
   * value ({@code 0.1} is {@code 0.1000000000000000055511151231257827…}), never by their shortest decimal text.
   *
   * @throws ArithmeticException if the number is NaN or infinite
   */
  static BigDecimal exact(Number number) {
    Objects.requireNonNull(number, "number");
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
      return BigDecimal.valueOf(number.longValue());
    }
    if (number instanceof Double || number instanceof Float) {
      return exact(number.doubleValue());
    }
    if (number instanceof NumberValue numberValue) {
      return numberValue.numberValueExact(BigDecimal.class);
    }
    return new BigDecimal(number.toString());
  }

  /**
   * Returns the exact value of a {@code double}.
   *
   * @throws ArithmeticException if it is NaN or infinite
   */
  static BigDecimal exact(double number) {
    if (!Double.isFinite(number)) {
      throw new ArithmeticException("Not a finite number: " + number);
    }
    return new BigDecimal(number);
  }

  @Override
  public Class<?> getNumberType() {
    return BigDecimal.class;
  }

  @Override
  public int getPrecision() {
    return value.precision();
  }

  @Override
  public int getScale() {
    return value.scale();
  }

  @Override
  public int intValueExact() {
    return value.intValueExact();
  }

  @Override
  public long longValueExact() {
    return value.longValueExact();
  }

  @Override
  public double doubleValueExact() {
    double converted = value.doubleValue();
    if (!Double.isFinite(converted) || new BigDecimal(converted).compareTo(value) != 0) {
      throw new ArithmeticException("Not exactly a double: " + value.toPlainString());
    }
    return converted;
  }

  @Override
  public <T extends Number> T numberValue(Class<T> numberType) {
    return convert(numberType, false);
  }

  @Override
  public <T extends Number> T numberValueExact(Class<T> numberType) {
    return convert(numberType, true);
  }

  private <T extends Number> T convert(Class<T> type, boolean exact) {
    Objects.requireNonNull(type, "numberType");
    Number converted;
    if (type == BigDecimal.class || type == Number.class) {
      converted = value;
    } else if (type == BigInteger.class) {
      converted = exact ? value.toBigIntegerExact() : value.toBigInteger();
    } else if (type == Long.class) {
      converted = exact ? value.longValueExact() : value.longValue();
    } else if (type == Integer.class) {
      converted = exact ? value.intValueExact() : value.intValue();
    } else if (type == Short.class) {
      converted = exact ? value.shortValueExact() : value.shortValue();
    } else if (type == Byte.class) {
      converted = exact ? value.byteValueExact() : value.byteValue();
    } else if (type == Double.class) {
      converted = exact ? doubleValueExact() : value.doubleValue();
    } else if (type == Float.class) {
      float single = value.floatValue();
      if (exact && (!Float.isFinite(single) || new BigDecimal(single).compareTo(value) != 0)) {
        throw new ArithmeticException("Not exactly a float: " + value.toPlainString());
      }
      converted = single;
    } else {
      throw new IllegalArgumentException("Unsupported number type: " + type.getName());
    }
    return type.cast(converted);
  }

  @Override
  public NumberValue round(MathContext mathContext) {
    return new CnyNumber(value.round(Objects.requireNonNull(mathContext, "mathContext")));
  }

  /** Returns the digits after the decimal point as a whole number, with the value's sign (34 for 12.34). */
  @Override
  public long getAmountFractionNumerator() {
    BigDecimal fraction = value.remainder(BigDecimal.ONE);
    return fraction.movePointRight(Math.max(fraction.scale(), 0)).longValueExact();
  }

  /** Returns the power of ten the {@linkplain #getAmountFractionNumerator() numerator} counts (100 for 12.34). */
  @Override
  public long getAmountFractionDenominator() {
    int scale = Math.max(value.remainder(BigDecimal.ONE).scale(), 0);
    if (scale >= PowersOfTen.COUNT) {
      throw new ArithmeticException("Fraction too fine for a long denominator: " + value.toPlainString());
    }
    return PowersOfTen.of(scale);
  }

  /** A lossy conversion for callers; never used by this library for money. */
  @Override
  public int intValue() {
    return value.intValue();
  }

  /** A lossy conversion for callers; never used by this library for money. */
  @Override
  public long longValue() {
    return value.longValue();
  }

  /** A lossy conversion for callers; never used by this library for money. */
  @Override
  public float floatValue() {
    return value.floatValue();
  }

  /** A lossy conversion for callers; never used by this library for money. */
  @Override
  public double doubleValue() {
    return value.doubleValue();
  }

  /** Compares the values numerically ({@code 1.0} equals {@code 1.00}). */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CnyNumber other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  /** Returns the plain decimal text, such as {@code 108310000.00}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
