package io.github.fiscaltransfer.performance;

/**
 * Thrown when text cannot be read as an {@link Observation}; carries the text.
 */
public final class ObservationParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String input;

  /**
   * Creates an exception for text that is not an observation.
   *
   * @param input the text, not null
   */
  public ObservationParseException(String input) {
    super("Cannot read an observation from '" + input + "': expected a figure with its unit, such as 3次 or "
        + "55.7%, or 是/否");
    this.input = input;
  }

  /**
   * Returns the text that could not be read.
   *
   * @return the input, not null
   */
  public String input() {
    return input;
  }
}
