package io.github.fiscaltransfer.money;

/**
 * Thrown when text cannot be read as an amount; names the input and the index where reading failed.
 */
public final class AmountParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed. */
  private final String input;

  /** The index in the input where the problem was found. */
  private final int errorIndex;

  /**
   * Creates an exception.
   *
   * @param reason why parsing failed, without the input or index (they are added)
   * @param input the text that could not be parsed
   * @param errorIndex the index in the input where the problem was found
   */
  public AmountParseException(String reason, CharSequence input, int errorIndex) {
    super("Cannot parse amount '" + input + "' at index " + errorIndex + ": " + reason);
    this.input = input.toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the input, not null
   */
  public String input() {
    return input;
  }

  /**
   * Returns the index in the input where the problem was found.
   *
   * @return the index, from 0 to the input's length
   */
  public int errorIndex() {
    return errorIndex;
  }
}
