package org.procedura.api.patient;

import java.util.List;
import java.util.UUID;

/**
 * A patient's clinical profile: every entry of each section, current and ended, in the order
 * recorded. {@code pregnancy} and {@code diabetic} are absent until first recorded.
 */
public record ClinicalProfileResponse(
    UUID patientId,
    List<CoverageEntry> coverages,
    List<AllergyEntry> allergies,
    List<MedicationEntry> medications,
    List<DiagnosisEntry> diagnoses,
    PregnancyResponse pregnancy,
    Boolean diabetic,
    long version) {}
