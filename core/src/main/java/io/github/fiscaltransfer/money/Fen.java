package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fen-precision check on plain decimals, shared by {@link PrintedAmount}, {@link Quantum} and
 * {@link CnyAmount}.
 */
final class Fen {

  private Fen() {}

  /**
   * Checks that a value in yuan has no non-zero digit below one fen.
   *
   * @param yuan the value in yuan, not null
   * @return the same value, unchanged
   * @throws PrecisionLossException if the value is finer than one fen
   */
  static BigDecimal require(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "yuan");
    if (yuan.scale() > Cny.FEN_SCALE && yuan.stripTrailingZeros().scale() > Cny.FEN_SCALE) {
      throw new PrecisionLossException(
          "Amount " + yuan.toPlainString() + " 元 is finer than one fen (0.01 元)", yuan, Cny.FEN_SCALE);
    }
    return yuan;
  }
}
