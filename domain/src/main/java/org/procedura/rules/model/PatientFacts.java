package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.Set;
import org.procedura.shared.model.Check;

/**
 * What intake recorded that the rules read: when the pain began, how long conservative care was
 * tried, contrast allergy and pregnancy, the diagnoses (ICD-10), the documents on file.
 */
public record PatientFacts(
    LocalDate painOnset,
    Integer conservativeCareWeeks,
    boolean contrastAllergy,
    boolean pregnant,
    Set<String> diagnoses,
    Set<DocumentKind> documentsOnFile) {
  public PatientFacts {
    diagnoses = Set.copyOf(Check.present(diagnoses, "diagnoses"));
    documentsOnFile = Set.copyOf(Check.present(documentsOnFile, "documentsOnFile"));
  }

  public boolean hasDiagnosisStartingWith(Set<String> prefixes) {
    return diagnoses.stream().anyMatch(code -> prefixes.stream().anyMatch(code::startsWith));
  }
}
