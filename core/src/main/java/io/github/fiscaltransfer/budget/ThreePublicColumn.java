package io.github.fiscaltransfer.budget;

/**
 * The columns of the "三公" table (一般公共预算"三公"经费支出表): 总计 = 因公出国(境)费 + 公务接待费 +
 * 公务用车购置及运行维护费, and the last = 购置 + 运行维护.
 */
public enum ThreePublicColumn implements Column {
  /** 总计: the three public expenses together. */
  TOTAL(ColumnHeader.of("总计", "total")),
  /** 因公出国(境)费: official travel abroad. */
  OVERSEAS(ColumnHeader.under(TOTAL, "因公出国(境)费", "overseas")),
  /** 公务接待费: official reception. */
  RECEPTION(ColumnHeader.under(TOTAL, "公务接待费", "reception")),
  /** 公务用车购置及运行维护费 小计: official vehicles, purchase and running. */
  VEHICLES(ColumnHeader.under(TOTAL, "公务用车购置及运行维护费", "vehicles")),
  /** 公务用车购置费: purchase of official vehicles. */
  VEHICLE_PURCHASE(ColumnHeader.under(VEHICLES, "公务用车购置费", "vehiclePurchase")),
  /** 公务用车运行维护费: running and maintenance of official vehicles. */
  VEHICLE_RUNNING(ColumnHeader.under(VEHICLES, "公务用车运行维护费", "vehicleRunning"));

  private final ColumnHeader header;

  ThreePublicColumn(ColumnHeader header) {
    this.header = header;
  }

  @Override
  public ColumnHeader header() {
    return header;
  }

  /** Returns the header as printed. */
  @Override
  public String toString() {
    return header.label();
  }
}
