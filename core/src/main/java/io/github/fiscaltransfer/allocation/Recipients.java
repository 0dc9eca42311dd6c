package io.github.fiscaltransfer.allocation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Checks the recipients of an allocation request, one message per rule. */
final class Recipients {

  private Recipients() {}

  /** Returns the recipients as an ordered map, after checking every rule. */
  static Map<String, BigDecimal> check(List<Map.Entry<String, BigDecimal>> recipients) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("An allocation needs at least one recipient");
    }
    Map<String, BigDecimal> weights = new LinkedHashMap<>((int) (recipients.size() / 0.75f) + 1);
    boolean anyPositive = false;
    for (Map.Entry<String, BigDecimal> recipient : recipients) {
      String key = Objects.requireNonNull(recipient.getKey(), "key");
      BigDecimal weight = Objects.requireNonNull(recipient.getValue(), "weight");
      if (key.isBlank()) {
        throw new IllegalArgumentException("Recipient key must not be blank: '" + key + "'");
      }
      if (weight.signum() < 0) {
        throw new IllegalArgumentException(
            "Weight of recipient '" + key + "' must not be negative: " + weight.toPlainString());
      }
      if (weights.put(key, weight) != null) {
        throw new IllegalArgumentException("Recipient '" + key + "' is listed more than once");
      }
      anyPositive |= weight.signum() > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          "At least one weight must be positive: all " + weights.size() + " weights are zero");
    }
    return weights;
  }
}
