package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

/** The corrected demographics of a patient; replaces all of them. The MRN does not change. */
public record PatientDemographicsRequest(
    @NotBlank @Size(max = 100) String givenName,
    @NotBlank @Size(max = 100) String familyName,
    @NotNull @PlausibleDate(HISTORY) LocalDate dateOfBirth,
    @NotNull AdministrativeSex sex,
    @Valid Contact contact) {}
