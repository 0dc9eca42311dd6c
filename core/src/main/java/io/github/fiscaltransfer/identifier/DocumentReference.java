package io.github.fiscaltransfer.identifier;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a notice cites as its basis (依据, 上级文件): its number, its title, or both, as printed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentReference {

  DocumentReference() {}

  /**
   * Returns the cited document's number, where printed.
   *
   * @return the number, not null
   */
  @Value.Parameter
  public abstract Optional<DocumentNumber> number();

  /**
   * Returns the cited document's title as printed (without 《》), where printed.
   *
   * @return the title, not null
   */
  @Value.Parameter
  public abstract Optional<String> title();

  @Value.Check
  void check() {
    if (number().isEmpty() && title().filter(t -> !t.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("A document reference needs a number or a title");
    }
  }

  /**
   * Returns a reference by number.
   *
   * @param number the number, not null
   * @return the reference, not null
   */
  public static DocumentReference of(DocumentNumber number) {
    return ImmutableDocumentReference.of(Optional.of(number), Optional.empty());
  }

  /**
   * Returns a reference by title and number.
   *
   * @param title the title as printed, not null
   * @param number the number, not null
   * @return the reference, not null
   */
  public static DocumentReference of(String title, DocumentNumber number) {
    return ImmutableDocumentReference.of(Optional.of(number), Optional.of(title));
  }

  /**
   * Returns a reference to a document cited without a number, such as a letter (函).
   *
   * @param title the title as printed, not blank
   * @return the reference, not null
   */
  public static DocumentReference titled(String title) {
    return ImmutableDocumentReference.of(Optional.empty(), Optional.of(title));
  }

  /** Returns {@code 《title》（number）}, or whichever part is printed. */
  @Override
  public String toString() {
    String title = title().map(t -> "《" + t + "》").orElse("");
    return title + number().map(n -> title.isEmpty() ? n.toString() : "（" + n + "）").orElse("");
  }
}
