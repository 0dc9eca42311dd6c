package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.jackson.binding.JsonBindings;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Jackson module for fiscal-transfer value types: {@code mapper.registerModule(new FiscalTransferModule())},
 * or {@link FiscalTransferMappers#newMapper()} for a hardened mapper with it registered. Also found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}.
 *
 * <p>JSON forms:
 * <ul>
 *   <li>{@link SubjectCode}, {@link Subject}, {@link DocumentNumber}, {@link FundLabel}, {@link ProjectCode},
 *       {@link DivisionCode} and {@link Quantum}: a JSON string of the canonical text, {@code toString()} to write
 *       and {@code parse} to read, such as {@code "2101502"}, {@code "2101502 一般行政管理事务"},
 *       {@code "粤财社〔2021〕307号"}, {@code "01 中央直达资金"} and {@code "0.01万元"}.</li>
 *   <li>{@link AmountUnit}: its label, {@code "元"}, {@code "万元"} or {@code "亿元"} (not the constant name),
 *       as printed after figures and in {@code Quantum}.</li>
 *   <li>{@code Urgency}, {@code NoticeKind}, {@code FundingSource}, {@code AdministrativeLevel} and
 *       {@code Severity}: their stable {@code id()}, such as {@code "extra_urgent"} (not the constant name), an
 *       explicit constant of each enum; as map keys too.</li>
 *   <li>{@link PrintedAmount}: {@code {"figure":"194.00","unit":"万元"}}, the figure a JSON string in plain
 *       notation keeping its scale; reading also accepts a JSON number, read exactly.</li>
 *   <li>{@code Grade}, {@code IndicatorLevel1} and {@code BudgetSource}: their printed label, such as {@code "优"};
 *       as map keys too.</li>
 *   <li>Composites ({@code Grant}, {@code AllocationLine}, {@code AllocationTable}, {@code GrantAllocation},
 *       {@code DocumentReference}, {@code TransferNotice}, {@code FiscalUnit} and every {@code Recipient}, the
 *       performance target table and self-evaluation types, {@link NoticeDocument}, and the validation outputs
 *       {@code Finding} and {@code ValidationReport}): an object of their
 *       attributes, as the README describes, built and checked
 *       through the type's public builder or factory. Units are written by name and division code and resolved
 *       through the module's {@link UnitRegistry}.</li>
 *   <li>{@code DepartmentBudget} (部门预算) and its tables: each table states its unit and scale once, cells keyed by column.</li>
 *   <li>{@code FinalAccounts} (部门决算) and its nine tables, in the same way; a blank cell is left out.</li>
 * </ul>
 *
 * <p>The same text types are written and read as map keys in the same canonical text, such as
 * {@code {"2101502":…}} and {@code {"万元":…}}. {@link PrintedAmount} is not a key type.
 *
 * <p>A value that does not parse is reported as an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException}
 * naming the type, the JSON path and the domain's reason, with the domain exception as its cause.
 */
public final class FiscalTransferModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** This module's version. */
  public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "io.github.fiscaltransfer",
      "fiscal-transfer-serialization");

  /**
   * The reader attribute that names the issuer ({@code FiscalUnit}) against which an {@code AllocationTable},
   * {@code AllocationLine}, {@code GrantAllocation} or {@code Recipient} read on its own is resolved:
   * {@code mapper.readerFor(AllocationTable.class).withAttribute(ISSUER, jiangmen)}. Inside a notice, the notice's
   * issuer is used.
   */
  public static final String ISSUER = JsonBindings.ISSUER;

  /** Numbers the modules with a registry other than the built-in one, so that each has its own type id. */
  private static final AtomicLong CUSTOM_REGISTRIES = new AtomicLong();

  private final transient UnitRegistry units;
  private final Set<FiscalTransferFeature> features;
  private final String typeId;

  /** Creates the module with the built-in unit registry and no feature enabled. */
  public FiscalTransferModule() {
    this(UnitRegistry.builtIn(), EnumSet.noneOf(FiscalTransferFeature.class));
  }

  private FiscalTransferModule(UnitRegistry units, Set<FiscalTransferFeature> features) {
    super("FiscalTransferModule", VERSION);
    this.units = units;
    this.features = Collections.unmodifiableSet(EnumSet.copyOf(features));
    this.typeId = FiscalTransferModule.class.getName() + this.features
        + (units == UnitRegistry.builtIn() ? "" : " with units #" + CUSTOM_REGISTRIES.incrementAndGet());
    JsonBindings.register(this, units, isEnabled(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS),
        isEnabled(FiscalTransferFeature.FAIL_ON_UNKNOWN_RECIPIENT));
  }

  /**
   * Returns a module that resolves the units and recipients documents name through a registry. A mapper with a
   * registry other than {@link UnitRegistry#builtIn()} cannot be Java-serialized.
   *
   * @param units the registry, not null
   * @return a new module with no feature enabled, not null
   */
  public static FiscalTransferModule withUnits(UnitRegistry units) {
    return new FiscalTransferModule(Objects.requireNonNull(units, "units"),
        EnumSet.noneOf(FiscalTransferFeature.class));
  }

  /**
   * Returns a module like this one with more features enabled; this module is unchanged.
   *
   * @param enabled the features to enable, not null
   * @return a new module, not null
   */
  public FiscalTransferModule with(FiscalTransferFeature... enabled) {
    Set<FiscalTransferFeature> set = EnumSet.noneOf(FiscalTransferFeature.class);
    set.addAll(features);
    set.addAll(List.of(enabled));
    return new FiscalTransferModule(units, set);
  }

  /**
   * Returns whether a feature is enabled.
   *
   * @param feature the feature, not null
   * @return true if enabled
   */
  public boolean isEnabled(FiscalTransferFeature feature) {
    return features.contains(Objects.requireNonNull(feature, "feature"));
  }

  /**
   * Returns the id Jackson registers this module under, one per configuration: the features, and for a registry
   * other than the built-in one, this module instance. Jackson ignores a module whose id is already registered, so a
   * second registration of the same configuration is a no-op, while a reconfigured module (another registry, other
   * features) registered later is not dropped: its serializers and deserializers take precedence.
   *
   * @return the id, such as {@code io.github.fiscaltransfer.jackson.FiscalTransferModule[]}, not null
   */
  @Override
  public Object getTypeId() {
    return typeId;
  }
}
