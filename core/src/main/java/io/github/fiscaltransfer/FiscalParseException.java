package io.github.fiscaltransfer;

import java.util.Objects;

/**
 * Thrown when text cannot be read as a fiscal value (an amount, a subject code, a document number, a division code,
 * an observation): the parent of every parse exception of the library. Names what was being read, the input and
 * the index where reading failed.
 */
public class FiscalParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed. */
  private final String input;

  /** The index in the input where the problem was found. */
  private final int errorIndex;

  /**
   * Creates an exception with the message {@code Cannot parse <what> '<input>' at index <i>: <reason>}.
   *
   * @param what what was being parsed, such as {@code subject code}, not null
   * @param reason why parsing failed, not null
   * @param input the text that could not be parsed, not null
   * @param errorIndex the index in the input where the problem was found
   */
  public FiscalParseException(String what, String reason, CharSequence input, int errorIndex) {
    super("Cannot parse " + what + " '" + input + "' at index " + errorIndex + ": " + reason);
    this.input = Objects.requireNonNull(input, "input").toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Creates an exception with a message of the subclass's own wording.
   *
   * @param message the message, naming the input, not null
   * @param input the text that could not be read, not null
   * @param errorIndex where in it reading failed, zero for the text as a whole
   */
  protected FiscalParseException(String message, CharSequence input, int errorIndex) {
    super(Objects.requireNonNull(message, "message"));
    this.input = Objects.requireNonNull(input, "input").toString();
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
