package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * What intake recorded that the rules read: when the pain began, how long conservative care was
 * tried, contrast allergy and pregnancy, the diagnoses (ICD-10) and, for each, its onset where
 * known, the documents on file, and the most recent pain score taken before a procedure (null when
 * none is on record).
 */
public record PatientFacts(
    LocalDate painOnset,
    Integer conservativeCareWeeks,
    boolean contrastAllergy,
    boolean pregnant,
    Set<String> diagnoses,
    Set<DocumentKind> documentsOnFile,
    List<DiagnosisOnset> diagnosisOnsets,
    PainScore lastPainScore) {
  public PatientFacts {
    diagnoses = Set.copyOf(Check.present(diagnoses, "diagnoses"));
    documentsOnFile = Set.copyOf(Check.present(documentsOnFile, "documentsOnFile"));
    diagnosisOnsets = List.copyOf(Check.present(diagnosisOnsets, "diagnosisOnsets"));
  }

  /** Without a pain score on record, and the diagnoses' onsets unknown. */
  public PatientFacts(
      LocalDate painOnset,
      Integer conservativeCareWeeks,
      boolean contrastAllergy,
      boolean pregnant,
      Set<String> diagnoses,
      Set<DocumentKind> documentsOnFile) {
    this(
        painOnset,
        conservativeCareWeeks,
        contrastAllergy,
        pregnant,
        diagnoses,
        documentsOnFile,
        Check.present(diagnoses, "diagnoses").stream()
            .map(code -> new DiagnosisOnset(code, null))
            .toList(),
        null);
  }

  public boolean hasDiagnosisStartingWith(Set<String> prefixes) {
    return diagnoses.stream().anyMatch(code -> prefixes.stream().anyMatch(code::startsWith));
  }

  /** A current diagnosis (ICD-10 code) and the day it began, null when not recorded. */
  public record DiagnosisOnset(String code, LocalDate onset) {
    public DiagnosisOnset {
      Check.present(code, "code");
    }

    boolean startsWithAnyOf(Set<String> prefixes) {
      return prefixes.stream().anyMatch(code::startsWith);
    }
  }

  /** A pain score on the 0-10 numeric rating scale and the day it was taken. */
  public record PainScore(int nrs, LocalDate takenOn) {
    public PainScore {
      if (nrs < 0 || nrs > 10) {
        throw new InvalidInputException("nrs", "an NRS pain score is from 0 to 10");
      }
      Check.present(takenOn, "takenOn");
    }
  }
}
