package org.procedura.api.patient;

import java.time.LocalDate;
import java.util.UUID;

/** Enough of a patient to pick the right one from a list. */
public record PatientSummary(
    UUID id, String mrn, String givenName, String familyName, LocalDate dateOfBirth) {}
