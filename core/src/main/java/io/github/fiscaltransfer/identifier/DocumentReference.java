package io.github.fiscaltransfer.identifier;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a notice cites as its basis (依据, 上级文件): its number, its title, or both, as printed, and what the
 * notice cites it for ({@link Role}).
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

  /**
   * Returns what the notice cites the document for.
   *
   * @return the role, {@link Role#BASIS} unless told apart, not null
   */
  @Value.Default
  public Role role() {
    return Role.BASIS;
  }

  /**
   * Returns a copy of this reference with another role; this reference is unchanged.
   *
   * @param role the role, not null
   * @return the reference, not null
   */
  public DocumentReference withRole(Role role) {
    return ImmutableDocumentReference.copyOf(this).withRole(role);
  }

  /**
   * Returns whether the money of the citing notice may come from the cited document: a {@link Role#SOURCE} or a
   * reference not told apart, not a rule or a plan.
   *
   * @return true unless the reference is a rule or a plan
   */
  public boolean mayBeSource() {
    return role() == Role.SOURCE || role() == Role.BASIS;
  }

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

  /** What a notice cites a document for. */
  public enum Role {
    /** 依据: cited as the basis, not told apart (the form older documents keep). */
    BASIS("basis", "依据"),
    /** 资金来源: the parent notice the money comes from (根据…的通知…现下达, 从…中支付). */
    SOURCE("source", "资金来源"),
    /** 制度: a rule the notice applies, such as a 管理办法 or 实施细则. */
    RULE("rule", "制度"),
    /** 计划: a plan or list the money carries out, such as a 项目实施计划 or 资金分配方案. */
    PLAN("plan", "计划");

    private final String id;
    private final String label;

    Role(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /**
     * Returns the Chinese name, such as {@code 资金来源}.
     *
     * @return the label, not null
     */
    public String label() {
      return label;
    }

    /**
     * Returns the stable id, such as {@code source}.
     *
     * @return the id, not null
     */
    public String id() {
      return id;
    }
  }
}
