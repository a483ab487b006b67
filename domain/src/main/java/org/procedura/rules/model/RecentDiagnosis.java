package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.procedura.rules.model.PatientFacts.DiagnosisOnset;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * The patient has a diagnosis with one of the ICD-10 {@code diagnosisPrefixes} (a vertebral
 * fracture: M80, M48.5, S22.0, S32.0) that began less than {@code within} before the procedure: a
 * fracture 11 weeks and 6 days old passes a 12-week limit, one 12 weeks old does not. Of several
 * such diagnoses the most recent counts; without one, or without its onset, the procedure is not
 * covered.
 */
public record RecentDiagnosis(RuleHeader header, Set<String> diagnosisPrefixes, Period within)
    implements PayerRule {
  public RecentDiagnosis {
    Check.present(header, "header");
    Check.present(within, "within");
    diagnosisPrefixes = Set.copyOf(Check.present(diagnosisPrefixes, "diagnoses"));
    if (diagnosisPrefixes.isEmpty()) {
      throw new InvalidInputException("diagnoses", "name at least one ICD-10 code prefix");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    LocalDate date = context.planned().date();
    List<DiagnosisOnset> matching =
        context.patient().diagnosisOnsets().stream()
            .filter(d -> d.startsWithAnyOf(diagnosisPrefixes))
            .toList();
    String codes = String.join(",", new TreeSet<>(diagnosisPrefixes));
    if (matching.isEmpty()) {
      return List.of(
          header.finding(
              "no diagnosis " + codes + " is recorded",
              Map.of("diagnoses", codes, "within", within.toString()),
              "record the diagnosis, with its onset date, in the clinical profile",
              null));
    }
    var newest =
        matching.stream()
            .filter(d -> d.onset() != null)
            .max(Comparator.comparing(DiagnosisOnset::onset));
    if (newest.isEmpty()) {
      return List.of(
          header.finding(
              "the onset of " + matching.getFirst().code() + " is not recorded",
              Map.of("diagnosis", matching.getFirst().code(), "within", within.toString()),
              "record the onset date of the diagnosis",
              null));
    }
    LocalDate onset = newest.get().onset();
    if (onset.plus(within).isAfter(date)) {
      return List.of();
    }
    return List.of(
        header.finding(
            newest.get().code() + " began on " + onset + ", not less than " + within + " before",
            Map.of(
                "diagnosis", newest.get().code(),
                "onset", onset.toString(),
                "within", within.toString()),
            "the procedure is covered only within " + within + " of the onset",
            null));
  }
}
