package io.github.fiscaltransfer.money;

import io.github.fiscaltransfer.FiscalParseException;

/**
 * Thrown when text cannot be read as an amount; names the input and the index where reading failed.
 */
public final class AmountParseException extends FiscalParseException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param reason why the text is not an amount, not null
   * @param input the text, not null
   * @param errorIndex where reading failed
   */
  public AmountParseException(String reason, CharSequence input, int errorIndex) {
    super("amount", reason, input, errorIndex);
  }
}
