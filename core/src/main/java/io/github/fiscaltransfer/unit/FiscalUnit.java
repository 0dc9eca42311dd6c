package io.github.fiscaltransfer.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fiscal unit (财政级次): a government of the administrative hierarchy that receives and distributes money,
 * such as 广东省, 江门市 or 台山市.
 *
 * <p>Every unit but the centre has a parent one or more levels up; where both have division codes, the child's
 * lies within the parent's. A unit a document names without a code by a name no registry knows is kept as an
 * {@linkplain #unknown unknown unit}. Equality counts name, level, code, parent and whether the unit is unknown.
 * Immutable and thread-safe.
 */
public final class FiscalUnit implements Recipient {

  private static final FiscalUnit CENTRAL = new FiscalUnit("中央", AdministrativeLevel.CENTRAL, null, null, false);

  private final String name;
  private final AdministrativeLevel level;
  private final DivisionCode code;
  private final FiscalUnit parent;
  private final boolean unknown;
  /** Computed once: the hash covers every ancestor, and units are hashed for every table line validated. */
  private final int hash;

  private FiscalUnit(String name, AdministrativeLevel level, DivisionCode code, FiscalUnit parent, boolean unknown) {
    this.name = name;
    this.level = level;
    this.code = code;
    this.parent = parent;
    this.unknown = unknown;
    this.hash = Objects.hash(name, level, code, parent) * 31 + Boolean.hashCode(unknown);
  }

  /**
   * Returns the central government (中央), the root of every hierarchy.
   *
   * @return the centre, not null
   */
  public static FiscalUnit central() {
    return CENTRAL;
  }

  /**
   * Returns a unit with a division code, whose level the code tells.
   *
   * @param name the name, such as {@code 台山市}, not blank
   * @param code the division code, such as {@code 440781}, not null
   * @param parent the unit above, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if the parent is not above the unit, or its code does not contain the unit's
   */
  public static FiscalUnit of(String name, DivisionCode code, FiscalUnit parent) {
    Objects.requireNonNull(code, "code");
    return of(name, code.level(), code, parent);
  }

  /**
   * Returns a unit without a division code, such as a township.
   *
   * @param name the name, not blank
   * @param level the level, not {@link AdministrativeLevel#CENTRAL}, not null
   * @param parent the unit above, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if the level is central or the parent is not above the unit
   */
  public static FiscalUnit of(String name, AdministrativeLevel level, FiscalUnit parent) {
    return of(name, level, null, parent);
  }

  private static FiscalUnit of(String name, AdministrativeLevel level, DivisionCode code, FiscalUnit parent) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parent, "parent");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Fiscal unit name must not be blank");
    }
    if (level.compareTo(parent.level) <= 0) {
      throw new IllegalArgumentException("Fiscal unit " + name + " (" + level.label() + ") cannot be below "
          + parent.name + " (" + parent.level.label() + ")");
    }
    if (code != null && parent.code != null && !parent.code.contains(code)) {
      throw new IllegalArgumentException("Fiscal unit " + name + " has division code " + code
          + ", which is not within " + parent.name + "'s " + parent.code);
    }
    return new FiscalUnit(name.strip(), level, code, parent, false);
  }

  /**
   * Returns an unknown unit (未能识别的单位): one a document names without a division code by a name no registry
   * knows, kept as printed so that reading loses nothing; validation reports it ({@code unit.unknown}). Nothing
   * printed places it in the hierarchy, so it stands directly below the centre, at the level below it
   * ({@link AdministrativeLevel#PROVINCE}), and {@link #isUnknown} says that this place is not known.
   *
   * @param name the name as printed, not blank
   * @return the unknown unit, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static FiscalUnit unknown(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Fiscal unit name must not be blank");
    }
    return new FiscalUnit(name.strip(), AdministrativeLevel.PROVINCE, null, CENTRAL, true);
  }

  /**
   * Returns whether this is an {@linkplain #unknown unknown unit}, whose level and parent are not known.
   *
   * @return true if the unit was named by a name no registry knows
   */
  public boolean isUnknown() {
    return unknown;
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns this unit itself. */
  @Override
  public FiscalUnit unit() {
    return this;
  }

  /**
   * Returns the administrative level.
   *
   * @return the level, not null
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns the division code, where the unit has one.
   *
   * @return the code, not null
   */
  public Optional<DivisionCode> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the unit above, empty for the centre.
   *
   * @return the parent, not null
   */
  public Optional<FiscalUnit> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the units above, nearest first, ending with the centre.
   *
   * @return the ancestors, not null, unmodifiable
   */
  public List<FiscalUnit> ancestors() {
    List<FiscalUnit> ancestors = new ArrayList<>();
    for (FiscalUnit up = parent; up != null; up = up.parent) {
      ancestors.add(up);
    }
    return List.copyOf(ancestors);
  }

  /**
   * Returns whether this unit's parent is the given unit, as 台山市's is 江门市.
   *
   * @param other the other unit, not null
   * @return true if the other unit is this one's parent
   */
  public boolean isChildOf(FiscalUnit other) {
    return Objects.requireNonNull(other, "other").equals(parent);
  }

  /**
   * Returns a retained share of this unit, printed with the given label.
   *
   * @param label the label as printed, such as {@code 市本级}, not blank
   * @return the retained share, not null
   */
  public RetainedShare retainedShare(String label) {
    return RetainedShare.of(this, label);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof FiscalUnit other && hash == other.hash && name.equals(other.name)
        && level == other.level && Objects.equals(code, other.code) && Objects.equals(parent, other.parent)
        && unknown == other.unknown;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the name with level and code, such as {@code 台山市 (县/市/区 440781)}, or, for an unknown unit, the name
   * marked so: {@code 火星市 (unknown)}.
   */
  @Override
  public String toString() {
    return unknown ? name + " (unknown)" : name + " (" + level.label() + (code == null ? "" : " " + code) + ")";
  }
}
