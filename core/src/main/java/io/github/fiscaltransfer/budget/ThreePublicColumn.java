package io.github.fiscaltransfer.budget;

import java.util.Optional;

/**
 * The columns of the "三公" table (一般公共预算"三公"经费支出表): 总计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行维护费,
 * and the last = 购置 + 运行维护.
 */
public enum ThreePublicColumn implements Column {
  /** 总计: the three public expenses together. */
  TOTAL("总计", null, "total"),
  /** 因公出国(境)费: official travel abroad. */
  OVERSEAS("因公出国(境)费", TOTAL, "overseas"),
  /** 公务接待费: official reception. */
  RECEPTION("公务接待费", TOTAL, "reception"),
  /** 公务用车购置及运行维护费 小计: official vehicles, purchase and running. */
  VEHICLES("公务用车购置及运行维护费", TOTAL, "vehicles"),
  /** 公务用车购置费: purchase of official vehicles. */
  VEHICLE_PURCHASE("公务用车购置费", VEHICLES, "vehiclePurchase"),
  /** 公务用车运行维护费: running and maintenance of official vehicles. */
  VEHICLE_RUNNING("公务用车运行维护费", VEHICLES, "vehicleRunning");

  private final String label;
  private final ThreePublicColumn parent;
  private final String key;

  ThreePublicColumn(String label, ThreePublicColumn parent, String key) {
    this.label = label;
    this.parent = parent;
    this.key = key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Optional<ThreePublicColumn> parent() {
    return Optional.ofNullable(parent);
  }

  /** Returns false: every column is an addend of its parent. */
  @Override
  public boolean ofWhich() {
    return false;
  }

  @Override
  public String key() {
    return key;
  }

  /** Returns the header as printed. */
  @Override
  public String toString() {
    return label;
  }
}
