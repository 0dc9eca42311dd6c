package io.github.fiscaltransfer.subject;

import java.util.List;
import java.util.Objects;

/**
 * What became of a subject code from one year's catalog to a later one's.
 *
 * @param code the earlier code, not null
 * @param successors the later codes, empty when the code was discontinued, not null
 * @param kind how the code changed, not null
 */
public record SubjectSuccession(SubjectCode code, List<SubjectCode> successors, Kind kind) {

  /** How a code changed between catalogs. */
  public enum Kind {
    /** Same code, same name. */
    UNCHANGED,
    /** Same code, another name. */
    RENAMED,
    /** One successor with another code. */
    MOVED,
    /** Several successors. */
    SPLIT,
    /** No successor. */
    DISCONTINUED
  }

  /**
   * Creates a succession.
   *
   * @param code the earlier code, not null
   * @param successors the later codes, not null
   * @param kind how the code changed, not null
   */
  public SubjectSuccession {
    Objects.requireNonNull(code, "code");
    successors = List.copyOf(successors);
    Objects.requireNonNull(kind, "kind");
  }

  /** Returns a line such as {@code 2101502 → [2101502] (UNCHANGED)}. */
  @Override
  public String toString() {
    return code + " → " + successors + " (" + kind + ")";
  }
}
