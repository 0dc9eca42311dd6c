package io.github.fiscaltransfer.deadline;

import java.util.Objects;

/** The kind of transfer payment (转移支付类型) a deadline applies to. */
public enum TransferKind {
  /** 一般性转移支付: revenue subjects under 11002. */
  GENERAL("一般性转移支付"),
  /** 专项转移支付: revenue subjects under 11003. */
  SPECIAL("专项转移支付"),
  /** Either kind: a row for both, or a transfer whose kind is not known. */
  ANY("转移支付");

  private final String label;

  TransferKind(String label) {
    this.label = label;
  }

  /**
   * Returns the kind a revenue subject code names: {@code 11002…} general, {@code 11003…} special, else any.
   *
   * @param revenueCode the digits of the revenue subject, such as {@code 1100249}, not null
   * @return the kind, not null
   */
  public static TransferKind ofRevenueCode(String revenueCode) {
    Objects.requireNonNull(revenueCode, "revenueCode");
    return revenueCode.startsWith("11002") ? GENERAL : revenueCode.startsWith("11003") ? SPECIAL : ANY;
  }

  /**
   * Returns the Chinese name, such as {@code 专项转移支付}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }
}
