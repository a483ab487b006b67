package org.procedura.api.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A patient's demographics. {@code possibleDuplicates} lists other patients with the same name and
 * date of birth, who may be this person registered twice.
 */
public record PatientResponse(
    UUID id,
    String mrn,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    AdministrativeSex sex,
    Contact contact,
    long version,
    List<PatientSummary> possibleDuplicates) {}
