package io.github.fiscaltransfer.jackson.binding;

import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Helpers that turn a JSON shape into a domain value: each failure becomes a {@link PartFailure} naming the JSON
 * Pointer of the part that failed, relative to the shape being built.
 */
final class Shapes {

  /** The longest plain decimal read: a minus, 24 integer digits, a point and 16 decimals. */
  private static final int MAX_DECIMAL_LENGTH = 1 + 24 + 1 + 16;
  /** The grammar of every figure and decimal of the JSON formats, in words. */
  static final String PLAIN_DECIMAL = "a plain decimal such as \"194.00\" (at most 24 integer digits and 16 decimals;"
      + " no exponent, separators, spaces, leading zero or negative zero)";


  private Shapes() {
  }

  /**
   * Builds a part, naming it in the failure if it cannot be built.
   *
   * @param segment the part's JSON Pointer segments relative to the enclosing shape, such as {@code lines/2}
   * @param part builds the part
   * @param <T> the part's type
   * @return the part
   * @throws PartFailure if the part breaks a rule of its type
   */
  static <T> T at(String segment, Supplier<T> part) {
    try {
      return part.get();
    } catch (PartFailure e) {
      throw e.under(segment);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
      throw new PartFailure("/" + segment, e);
    }
  }

  /**
   * Builds the elements of a JSON array, each named by its index; an absent array is empty.
   *
   * @param field the array's field name
   * @param elements the elements read, or null
   * @param build builds one element
   * @param <S> the element's shape
   * @param <T> the element's type
   * @return the built elements, not null
   * @throws PartFailure if an element is null or cannot be built
   */
  static <S, T> List<T> each(String field, List<S> elements, Function<S, T> build) {
    if (elements == null) {
      return List.of();
    }
    List<T> built = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      S element = elements.get(i);
      built.add(at(field + "/" + i, () -> build.apply(required(element, "element"))));
    }
    return built;
  }

  /**
   * Returns the elements of a JSON array of values that need no building; an absent array is empty.
   *
   * @param field the array's field name
   * @param elements the elements read, or null
   * @param <T> the element type
   * @return the elements, not null
   * @throws PartFailure if an element is null
   */
  static <T> List<T> each(String field, List<T> elements) {
    return each(field, elements, Function.identity());
  }

  /**
   * Returns the shapes of a value's elements, in order, as an unmodifiable list: what {@code
   * elements.stream().map(shape).toList()} gives, without a stream per list (a writer makes several per notice).
   *
   * @param elements the value's elements, not null
   * @param shape makes one element's shape
   * @param <T> the element's type
   * @param <S> the element's shape
   * @return the shapes, not null
   */
  static <T, S> List<S> shapes(List<T> elements, Function<T, S> shape) {
    if (elements.isEmpty()) {
      return List.of();
    }
    List<S> shaped = new ArrayList<>(elements.size());
    for (T element : elements) {
      shaped.add(shape.apply(element));
    }
    return Collections.unmodifiableList(shaped);
  }

  /**
   * Sets a builder's attribute to a value read, if the field was present; a missing required attribute is then
   * reported by the builder itself, naming every attribute not set.
   *
   * @param value the value read, or null
   * @param setter sets the attribute
   * @param <T> the value's type
   */
  static <T> void ifPresent(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /**
   * Returns an unmodifiable view of a list read, so that a shape holding it is immutable; null stays null and null
   * elements stay, for {@link #each} to report.
   *
   * @param list the list read, or null
   * @param <T> the element type
   * @return the view, or null
   */
  static <T> List<T> view(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(list);
  }

  /**
   * Returns a required value.
   *
   * @param value the value read, or null if the field was absent or null
   * @param field the field's name
   * @param <T> the value's type
   * @return the value, not null
   * @throws IllegalArgumentException if the value is null
   */
  static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("the " + field + " is missing or null");
    }
    return value;
  }

  /**
   * Reads a plain decimal, such as a score or a rate, exactly and with its scale.
   *
   * @param text the text read, not null
   * @return the decimal, not null
   * @throws IllegalArgumentException if the text is not a plain decimal
   */
  static BigDecimal decimal(String text) {
    if (!isPlainDecimal(text)) {
      throw new IllegalArgumentException("Not " + PLAIN_DECIMAL + ": \"" + Failures.echo(text) + "\"");
    }
    return new BigDecimal(text);
  }

  /**
   * Reads a figure printed in a table's format, in the grammar of every figure the JSON formats hold: a plain
   * decimal, never a figure as a document prints it (no full-width digits, separators, leading zeros or other
   * minus signs).
   *
   * @param format the table's format, not null
   * @param text the figure's text, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the text is not a plain decimal or not a figure of the format
   */
  static PrintedAmount figure(TableFormat format, String text) {
    if (!isPlainDecimal(text)) {
      throw new IllegalArgumentException("The figure must be " + PLAIN_DECIMAL + ": \"" + Failures.echo(text) + "\"");
    }
    return format.parse(text);
  }

  /**
   * Returns whether text is a plain decimal in its one canonical form: an optional minus, 1 to 24 integer digits
   * with no leading zero, and optionally a point and 1 to 16 decimals; no exponent, separators, plus sign or spaces,
   * and no negative zero ({@code -0.00}), so that what is read is written back as it was.
   *
   * @param text the text, not null
   * @return true if plain
   */
  static boolean isPlainDecimal(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int point = text.indexOf('.');
    int end = point < 0 ? text.length() : point;
    return text.length() <= MAX_DECIMAL_LENGTH && digits(text, start, end, 24)
        && (point < 0 || digits(text, point + 1, text.length(), 16))
        && !(end - start > 1 && text.charAt(start) == '0') && !(start == 1 && isZero(text));
  }

  private static boolean isZero(String text) {
    return text.chars().allMatch(c -> c == '-' || c == '0' || c == '.');
  }

  /** Whether {@code text[from, to)} is 1 to {@code most} ASCII digits (read once per figure, so kept regex-free). */
  private static boolean digits(String text, int from, int to, int most) {
    if (to - from < 1 || to - from > most) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads an ISO date such as {@code 2022-02-08}.
   *
   * @param text the text read, not null
   * @return the date, not null
   * @throws DateTimeException if the text is not an ISO date
   */
  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
