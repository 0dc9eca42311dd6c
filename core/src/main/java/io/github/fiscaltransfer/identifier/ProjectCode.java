package io.github.fiscaltransfer.identifier;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Objects;

/**
 * A transfer-payment project code (项目代码) such as {@code Z155080000004}: one capital letter and twelve digits,
 * the form the seed documents print. Immutable and thread-safe.
 */
public final class ProjectCode {

  private static final int LENGTH = 13;

  private final String code;

  private ProjectCode(String code) {
    this.code = code;
  }

  /**
   * Parses a project code, ignoring surrounding white space.
   *
   * @param text the text, not null
   * @return the code, not null
   * @throws FiscalParseException if the text is not a capital letter followed by twelve digits
   */
  public static ProjectCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String code = text.toString().strip();
    int offset = code.isEmpty() ? 0 : text.toString().indexOf(code);
    if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
      throw new FiscalParseException("project code", "expected a capital letter first", text, offset);
    }
    for (int i = 1; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9' || i >= LENGTH) {
        throw new FiscalParseException("project code", "expected 12 digits after the letter", text, offset + i);
      }
    }
    if (code.length() != LENGTH) {
      throw new FiscalParseException("project code", "expected 12 digits after the letter", text, offset + code.length());
    }
    return new ProjectCode(code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProjectCode other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code, such as {@code Z155080000004}. */
  @Override
  public String toString() {
    return code;
  }
}
