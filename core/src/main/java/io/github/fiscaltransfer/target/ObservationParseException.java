package io.github.fiscaltransfer.target;

import io.github.fiscaltransfer.FiscalParseException;

/**
 * Thrown when text cannot be read as an {@link Observation}; carries the text.
 */
public final class ObservationParseException extends FiscalParseException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for text that is no observation.
   *
   * @param input the text, not null
   */
  public ObservationParseException(String input) {
    super("Cannot read an observation from '" + input + "': expected a figure with its unit, such as 3次 or "
        + "55.7%, or 是/否", input, 0);
  }
}
