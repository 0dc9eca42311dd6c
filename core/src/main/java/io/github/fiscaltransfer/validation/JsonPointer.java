package io.github.fiscaltransfer.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON Pointer into a document's JSON form, such as {@code /allocations/0/table/lines/3/amount}: where a
 * {@link Finding} is, so that a tool can jump from the finding to the value.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the pointer as RFC 6901 writes it ({@code ~} as {@code ~0},
 * {@code /} as {@code ~1}) and {@link #parse} reads it back to an equal pointer.
 */
public final class JsonPointer {

  private static final JsonPointer ROOT = new JsonPointer("");

  private final String text;

  private JsonPointer(String text) {
    this.text = text;
  }

  /**
   * Returns the pointer to the whole document, written as the empty string.
   *
   * @return the root pointer, not null
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Reads a pointer as RFC 6901 writes it.
   *
   * @param text the empty string or {@code /} followed by reference tokens, not null
   * @return the pointer, not null
   * @throws IllegalArgumentException if the text does not start with {@code /} or has a {@code ~} not followed by
   *     {@code 0} or {@code 1}
   */
  public static JsonPointer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String pointer = text.toString();
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("JSON Pointer must be empty or start with '/': " + pointer);
    }
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      if (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
        throw new IllegalArgumentException(
            "JSON Pointer has '~' not followed by 0 or 1 at index " + i + ": " + pointer);
      }
    }
    return new JsonPointer(pointer);
  }

  /**
   * Returns a new pointer to a member of the object this pointer points at.
   *
   * @param name the member name, as it is (it is escaped here), not null
   * @return the longer pointer, not null
   */
  public JsonPointer child(String name) {
    Objects.requireNonNull(name, "name");
    return new JsonPointer(text + '/' + name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * Returns a new pointer to an element of the array this pointer points at.
   *
   * @param index the element's index, zero or more
   * @return the longer pointer, not null
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("JSON Pointer index must not be negative: " + index);
    }
    return new JsonPointer(text + '/' + index);
  }

  /**
   * Returns a new pointer to a member of an array element, a shorthand for {@code child(name).index(index)}.
   *
   * @param name the array's member name, not null
   * @param index the element's index, zero or more
   * @return the longer pointer, not null
   */
  public JsonPointer element(String name, int index) {
    return child(name).index(index);
  }

  /**
   * Returns a new pointer with another pointer's tokens after this one's, as when a part's findings are placed
   * within the document holding it.
   *
   * @param relative the pointer within what this pointer points at, not null
   * @return the combined pointer, not null
   */
  public JsonPointer resolve(JsonPointer relative) {
    Objects.requireNonNull(relative, "relative");
    return relative.text.isEmpty() ? this : text.isEmpty() ? relative : new JsonPointer(text + relative.text);
  }

  /**
   * Returns the reference tokens, unescaped, such as {@code [allocations, 0, table]}.
   *
   * @return the tokens, not null, unmodifiable, empty for the root
   */
  public List<String> tokens() {
    List<String> tokens = new ArrayList<>();
    int start = 1;
    while (start <= text.length() && !text.isEmpty()) {
      int end = text.indexOf('/', start);
      end = end < 0 ? text.length() : end;
      tokens.add(text.substring(start, end).replace("~1", "/").replace("~0", "~"));
      start = end + 1;
    }
    return List.copyOf(tokens);
  }

  /**
   * Returns whether this is the pointer to the whole document.
   *
   * @return true for the empty pointer
   */
  public boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof JsonPointer other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the pointer as RFC 6901 writes it, such as {@code /allocations/0/table/lines/3}; empty for the root. */
  @Override
  public String toString() {
    return text;
  }
}
