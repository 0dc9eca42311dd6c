package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module for fiscal-transfer types: {@code mapper.registerModule(new FiscalTransferModule())}.
 */
public final class FiscalTransferModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public FiscalTransferModule() {
    super("FiscalTransferModule", new Version(0, 1, 0, "SNAPSHOT", "io.github.fiscaltransfer",
        "fiscal-transfer-serialization"));
  }
}
