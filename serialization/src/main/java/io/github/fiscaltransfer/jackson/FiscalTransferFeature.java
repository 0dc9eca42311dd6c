package io.github.fiscaltransfer.jackson;

/**
 * The options of {@link FiscalTransferModule}, each off unless enabled with
 * {@link FiscalTransferModule#with(FiscalTransferFeature...)}.
 */
public enum FiscalTransferFeature {

  /**
   * Writes a {@code PrintedAmount}'s figure as a plain JSON number, {@code {"figure":194.00,"unit":"万元"}}, rather
   * than as the default JSON string {@code "194.00"}; the text, and so the scale, is the same. Reading accepts both
   * always. For consumers that want numbers and read them exactly (not through {@code double}).
   */
  WRITE_FIGURES_AS_NUMBERS,

  /**
   * Fails reading an allocation line whose recipient name the unit registry does not know, rather than keeping it
   * as an {@code UnknownRecipient} (which validation reports as {@code table.recipient-unknown}), and a unit (an
   * issuer) printed without a code under such a name, rather than keeping it as an unknown unit (reported as
   * {@code unit.unknown}). For importers that must not accept a table with a misspelt or unsupported place.
   */
  FAIL_ON_UNKNOWN_RECIPIENT
}
