package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Builds the Jackson errors this package throws: each names the type, the JSON path and the reason. */
final class Failures {

  /** The most characters of a rejected input that a message repeats. */
  static final int MAX_ECHO = 60;

  private Failures() {
  }

  /**
   * Returns an error for text that is not a valid value of the type, keeping the domain exception as its cause.
   *
   * @param p the parser, positioned on the rejected value
   * @param type the type being read
   * @param text the rejected text
   * @param reason why it was rejected
   * @param cause the domain exception, or null
   * @return the error to throw
   */
  static InvalidFormatException invalid(JsonParser p, Class<?> type, String text, String reason, Throwable cause) {
    InvalidFormatException error = InvalidFormatException.from(p,
        "Cannot read " + type.getSimpleName() + " at " + where(p) + " from \"" + echo(text) + "\": " + reason,
        text, type);
    if (cause != null) {
      error.initCause(cause);
    }
    return error;
  }

  /**
   * Returns an error for a composite value whose shape was read but breaks a rule of its type, keeping the domain
   * exception as its cause.
   *
   * @param p the parser, just past the value
   * @param type the type being read
   * @param failure the broken rule, with the pointer of the part that broke it relative to the value
   * @return the error to throw
   */
  static MismatchedInputException broken(JsonParser p, Class<?> type, PartFailure failure) {
    String pointer = p.getParsingContext().pathAsPointer().toString() + failure.pointer();
    MismatchedInputException error = MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
        + " at " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + failure.getMessage());
    error.initCause(failure.getCause());
    return error;
  }

  /**
   * Returns the JSON Pointer of the parser's current value, or {@code (root)}.
   *
   * @param p the parser
   * @return the path, not null
   */
  static String where(JsonParser p) {
    String pointer = p.getParsingContext().pathAsPointer().toString();
    return pointer.isEmpty() ? "(root)" : pointer;
  }

  /**
   * Returns the text shortened to {@link #MAX_ECHO} characters, so that a hostile input is not repeated whole.
   *
   * @param text the text
   * @return the text or its start followed by an ellipsis
   */
  static String echo(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…(" + text.length() + " chars)";
  }
}
