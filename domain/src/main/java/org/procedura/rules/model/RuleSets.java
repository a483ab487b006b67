package org.procedura.rules.model;

import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.RuleSetCode;

/** The payer rule sets, every version kept: a booking names the version it was checked against. */
public interface RuleSets {

  Optional<RuleSet> current(RuleSetCode code);

  Optional<RuleSet> version(RuleSetCode code, int version);

  /** Every rule set at its current version. */
  List<RuleSet> all();

  /**
   * Stores {@code next} as the current version, provided the current one is still {@code
   * next.version() - 1}.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  void saveNewVersion(RuleSet next);
}
