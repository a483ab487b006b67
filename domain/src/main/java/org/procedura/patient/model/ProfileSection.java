package org.procedura.patient.model;

import java.util.List;
import java.util.function.Function;

/**
 * A section of the clinical profile whose entries are added, changed and ended one by one. The
 * constants let one use case serve all four without four copies of the same steps.
 */
public final class ProfileSection<D extends ProfilePart> {
  public static final ProfileSection<Coverage> COVERAGES =
      new ProfileSection<>("coverage", profile -> profile.coverages);
  public static final ProfileSection<Allergy> ALLERGIES =
      new ProfileSection<>("allergy", profile -> profile.allergies);
  public static final ProfileSection<Medication> MEDICATIONS =
      new ProfileSection<>("medication", profile -> profile.medications);
  public static final ProfileSection<Diagnosis> DIAGNOSES =
      new ProfileSection<>("diagnosis", profile -> profile.diagnoses);

  private final String entryName;
  private final Function<ClinicalProfile, History<D>> history;

  private ProfileSection(String entryName, Function<ClinicalProfile, History<D>> history) {
    this.entryName = entryName;
    this.history = history;
  }

  public static List<ProfileSection<?>> all() {
    return List.of(COVERAGES, ALLERGIES, MEDICATIONS, DIAGNOSES);
  }

  /** What one entry is called, e.g. "medication". */
  public String entryName() {
    return entryName;
  }

  History<D> of(ClinicalProfile profile) {
    return history.apply(profile);
  }

  @Override
  public String toString() {
    return entryName;
  }
}
