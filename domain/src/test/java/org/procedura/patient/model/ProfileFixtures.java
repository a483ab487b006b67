package org.procedura.patient.model;

import static org.procedura.patient.model.PatientFixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/** Valid clinical profile entries, each changed by a test only where it matters. */
public final class ProfileFixtures {
  public static final Actor NURSE = new Actor("nurse");
  public static final Stamp NOW = new Stamp(Instant.parse("2026-11-21T12:00:00Z"), NURSE);

  private ProfileFixtures() {}

  public static Coverage medicare() {
    return new Coverage("Medicare", "Part B", "1EG4-TE5-MK72", new RuleSetCode("MEDICARE_DEFAULT"));
  }

  public static Allergy contrastAllergy() {
    return new Allergy(AllergyKind.IODINATED_CONTRAST, "iohexol", "hives");
  }

  public static Medication clopidogrel() {
    return medication("Clopidogrel 75 mg", AntithromboticClass.CLOPIDOGREL);
  }

  public static Medication medication(String name, AntithromboticClass drugClass) {
    return new Medication(name, drugClass, TODAY.minusDays(2));
  }

  public static Diagnosis radiculopathy(LocalDate onset) {
    return new Diagnosis(
        new Icd10Code("M54.16"), "Radiculopathy, lumbar region", Laterality.LEFT, onset);
  }

  /** A profile as loaded from storage, empty, at the given version. */
  public static ClinicalProfile storedProfile(long version) {
    return new ClinicalProfile(
        PatientId.newId(),
        java.util.List.of(),
        java.util.List.of(),
        java.util.List.of(),
        java.util.List.of(),
        null,
        null,
        version);
  }
}
