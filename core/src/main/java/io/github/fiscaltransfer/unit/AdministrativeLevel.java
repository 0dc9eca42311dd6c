package io.github.fiscaltransfer.unit;

/**
 * A level of the administrative hierarchy, highest first.
 */
public enum AdministrativeLevel {
  /** 中央: the central government. */
  CENTRAL("central", "中央"),
  /** 省: a province, autonomous region or municipality directly under the centre. */
  PROVINCE("province", "省"),
  /** 地级市/州: a prefecture-level city or autonomous prefecture. */
  PREFECTURE("prefecture", "地级市/州"),
  /** 县/市/区: a county, county-level city or district. */
  COUNTY("county", "县/市/区"),
  /** 乡镇: a township or town. */
  TOWNSHIP("township", "乡镇");

  private final String id;
  private final String label;

  AdministrativeLevel(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the Chinese name, such as {@code 地级市/州}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the stable id (an explicit constant, not derived from the name), such as {@code prefecture}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the level with the given id.
   *
   * @param id the id, such as {@code county}, not null
   * @return the level, not null
   * @throws IllegalArgumentException if no level has that id
   */
  public static AdministrativeLevel ofId(String id) {
    for (AdministrativeLevel level : values()) {
      if (level.id().equals(id)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "Unknown administrative level: '" + id + "' (expected central, province, prefecture, county or township)");
  }

  /**
   * Returns whether this level is immediately above another, as a province is above a prefecture.
   *
   * @param other the other level, not null
   * @return true if the other level is the next one down
   */
  public boolean isDirectlyAbove(AdministrativeLevel other) {
    return other.ordinal() == ordinal() + 1;
  }
}
