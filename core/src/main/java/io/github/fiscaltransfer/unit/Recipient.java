package io.github.fiscaltransfer.unit;

/**
 * Who an allocation line gives money to: a {@link FiscalUnit} below the issuer, or the issuer's own
 * {@link RetainedShare} (省级留用, 市本级, 县本级); a name no registry knows is an {@link UnknownRecipient}.
 */
public sealed interface Recipient permits FiscalUnit, RetainedShare, UnknownRecipient {

  /**
   * Returns the name as documents print it, such as {@code 台山市} or {@code 市本级}.
   *
   * @return the name, not null
   */
  String name();

  /**
   * Returns the unit whose budget the money enters: the unit itself, or the keeper of a retained share.
   *
   * @return the unit, not null
   */
  FiscalUnit unit();
}
