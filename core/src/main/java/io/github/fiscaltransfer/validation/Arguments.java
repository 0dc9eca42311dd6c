package io.github.fiscaltransfer.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The named arguments of a finding's message (消息参数), in order: each name with its value as printed, such as
 * {@code sum → 12,169万元}, filled into the message template of every language.
 *
 * <p>Immutable and thread-safe. Start with {@link #of} or {@link #none()}; {@link #and} returns a new instance.
 */
public final class Arguments {

  private static final Arguments NONE = new Arguments(Map.of());

  private final Map<String, String> values;

  private Arguments(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Returns no arguments, for a message that names none.
   *
   * @return the empty arguments, not null
   */
  public static Arguments none() {
    return NONE;
  }

  /**
   * Returns one argument.
   *
   * @param name the name a template uses in braces, such as {@code sum}: a letter, then letters and digits
   * @param value the value, printed with {@link String#valueOf(Object)}, not null
   * @return the arguments, not null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static Arguments of(String name, Object value) {
    return NONE.and(name, value);
  }

  /**
   * Returns new arguments with these and one more after them.
   *
   * @param name the name, a letter then letters and digits, not already used
   * @param value the value, printed with {@link String#valueOf(Object)}, not null
   * @return the new arguments, not null
   * @throws IllegalArgumentException if the name is malformed or already used
   */
  public Arguments and(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!MessageTemplate.isName(name)) {
      throw new IllegalArgumentException("Argument name must be a letter followed by letters or digits: " + name);
    }
    Map<String, String> more = new LinkedHashMap<>(values);
    if (more.putIfAbsent(name, String.valueOf(value)) != null) {
      throw new IllegalArgumentException("Argument named twice: " + name);
    }
    return new Arguments(Collections.unmodifiableMap(more));
  }

  /**
   * Returns new arguments with these and the given ones after them, in the given map's order, such as the
   * judgement of a difference ({@code io.github.fiscaltransfer.money.Precision#judgement}).
   *
   * @param more the values by name, not null
   * @return the new arguments, not null
   * @throws IllegalArgumentException if a name is malformed or already used
   */
  public Arguments and(Map<String, ?> more) {
    Arguments all = this;
    for (Map.Entry<String, ?> entry : Objects.requireNonNull(more, "more").entrySet()) {
      all = all.and(entry.getKey(), entry.getValue());
    }
    return all;
  }

  /**
   * Returns the arguments as a map from name to printed value, in the order added.
   *
   * @return the map, not null, unmodifiable
   */
  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Arguments other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns {@code {sum=12,169万元, total=12,168万元}}. */
  @Override
  public String toString() {
    return values.toString();
  }
}
