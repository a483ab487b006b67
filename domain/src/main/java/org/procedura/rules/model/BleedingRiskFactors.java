package org.procedura.rules.model;

import java.util.Set;
import org.procedura.shared.model.Check;

/**
 * The patient factors that move a procedure's bleeding risk up one class
 * (docs/clinical-reference.md section 3): an age from which it applies (none: age alone does not),
 * and the ICD-10 code prefixes of coagulopathy, liver and kidney disease.
 */
public record BleedingRiskFactors(Integer ageFrom, Set<String> diagnosisPrefixes) {
  public static final BleedingRiskFactors NONE = new BleedingRiskFactors(null, Set.of());

  public BleedingRiskFactors {
    diagnosisPrefixes = Set.copyOf(Check.present(diagnosisPrefixes, "diagnosisPrefixes"));
  }

  /** Whether a patient of this age (null when unknown) with these diagnoses has a factor. */
  public boolean apply(Integer age, Set<String> diagnoses) {
    boolean old = ageFrom != null && age != null && age >= ageFrom;
    return old
        || diagnoses.stream()
            .anyMatch(code -> diagnosisPrefixes.stream().anyMatch(code::startsWith));
  }
}
