package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.shared.model.Check;

/**
 * Pain for at least {@code pain}, and conservative care tried for at least {@code careWeeks} weeks,
 * before the procedure; patients with an exempt diagnosis (e.g. acute herpes zoster, ICD-10 B02)
 * are not held to it.
 */
public record MinimumDuration(
    RuleHeader header, Period pain, int careWeeks, Set<String> exemptDiagnosisPrefixes)
    implements PayerRule {
  public MinimumDuration {
    Check.present(header, "header");
    Check.present(pain, "pain");
    exemptDiagnosisPrefixes = Set.copyOf(Check.present(exemptDiagnosisPrefixes, "exemptDiagnoses"));
  }

  @Override
  public List<Finding> check(RuleContext context) {
    PatientFacts patient = context.patient();
    if (patient.hasDiagnosisStartingWith(exemptDiagnosisPrefixes)) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    LocalDate date = context.planned().date();
    if (patient.painOnset() == null) {
      found.add(
          header.finding(
              "the date the pain began is not recorded",
              Map.of("requiredPain", pain.toString()),
              "record the pain onset in the referral or the diagnosis",
              null));
    } else if (patient.painOnset().plus(pain).isAfter(date)) {
      LocalDate eligible = patient.painOnset().plus(pain);
      found.add(
          header.finding(
              "pain has lasted less than " + pain + " by " + date,
              Map.of("painOnset", patient.painOnset().toString(), "requiredPain", pain.toString()),
              "book on or after " + eligible,
              eligible));
    }
    Integer weeks = patient.conservativeCareWeeks();
    if (weeks == null || weeks < careWeeks) {
      found.add(
          header.finding(
              "conservative care tried for "
                  + (weeks == null ? "an unrecorded time" : weeks + " weeks")
                  + ", less than "
                  + careWeeks
                  + " weeks",
              Map.of(
                  "conservativeCareWeeks", String.valueOf(weeks),
                  "requiredWeeks", String.valueOf(careWeeks)),
              "record (or continue) physical therapy and medication for " + careWeeks + " weeks",
              null));
    }
    return found;
  }
}
