package io.github.fiscaltransfer.policy;

import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.time.Year;
import java.util.Optional;

/**
 * The reference data a rule checks against: the subject catalog (政府收支分类科目) of a year and the unit registry.
 *
 * <p>Implementations are immutable and thread-safe; a {@link ValidationPolicy} is one.
 */
public interface RuleContext {

  /**
   * Returns the subject catalog of a fiscal year, where the policy has one.
   *
   * @param year the fiscal year, not null
   * @return the catalog, or empty when there is none for that year
   */
  Optional<SubjectCatalog> catalog(Year year);

  /**
   * Returns the units rules resolve names and codes against.
   *
   * @return the registry, not null
   */
  UnitRegistry units();
}
