package io.github.fiscaltransfer.subject;

import java.util.List;
import java.util.Objects;

/**
 * Maps the codes of one year's subject catalog to their successors in a later year's: unchanged, renamed, moved,
 * split, or discontinued. Immutable and thread-safe.
 */
public final class SubjectCrosswalk {

  private final SubjectCatalog from;
  private final SubjectCatalog to;

  SubjectCrosswalk(SubjectCatalog from, SubjectCatalog to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Returns what became of a code of the earlier catalog in the later one.
   *
   * @param code a code of the earlier catalog, not null
   * @return the succession, naming the successors or saying there is none, not null
   * @throws IllegalArgumentException if the earlier catalog does not have the code
   */
  public SubjectSuccession map(SubjectCode code) {
    String oldName = from.require(code);
    List<SubjectCode> successors = to.codes().stream().filter(c -> to.formerly(c).contains(code)).toList();
    if (successors.isEmpty() && to.contains(code)) {
      successors = List.of(code);
    }
    return new SubjectSuccession(code, successors, kindOf(code, oldName, successors));
  }

  private SubjectSuccession.Kind kindOf(SubjectCode code, String oldName, List<SubjectCode> successors) {
    if (successors.isEmpty()) {
      return SubjectSuccession.Kind.DISCONTINUED;
    }
    if (successors.size() > 1) {
      return SubjectSuccession.Kind.SPLIT;
    }
    SubjectCode successor = successors.get(0);
    if (!successor.equals(code)) {
      return SubjectSuccession.Kind.MOVED;
    }
    return to.require(successor).equals(oldName) ? SubjectSuccession.Kind.UNCHANGED : SubjectSuccession.Kind.RENAMED;
  }

  /** Returns a summary such as {@code subject crosswalk 2022 → 2023}. */
  @Override
  public String toString() {
    return "subject crosswalk " + from.year() + " → " + to.year();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectCrosswalk other && from.equals(other.from) && to.equals(other.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }
}
