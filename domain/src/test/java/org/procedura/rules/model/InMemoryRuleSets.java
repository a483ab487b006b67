package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.shared.model.ConflictException;

/** Every version of every rule set kept, as the database keeps them; the highest is current. */
public final class InMemoryRuleSets implements RuleSets {
  private final List<RuleSet> versions = new ArrayList<>();

  @Override
  public Optional<RuleSet> current(RuleSetCode code) {
    return versions.stream()
        .filter(set -> set.code().equals(code))
        .max(Comparator.comparingInt(RuleSet::version));
  }

  @Override
  public Optional<RuleSet> version(RuleSetCode code, int version) {
    return versions.stream()
        .filter(set -> set.code().equals(code) && set.version() == version)
        .findFirst();
  }

  @Override
  public List<RuleSet> all() {
    return versions.stream()
        .filter(set -> current(set.code()).orElseThrow() == set)
        .sorted(Comparator.comparing(set -> set.code().value()))
        .toList();
  }

  @Override
  public void saveNewVersion(RuleSet next) {
    if (version(next.code(), next.version()).isPresent()) {
      throw new ConflictException(
          "RULE_SET_VERSION_TAKEN", next.code().value() + " already has version " + next.version());
    }
    versions.add(next);
  }
}
