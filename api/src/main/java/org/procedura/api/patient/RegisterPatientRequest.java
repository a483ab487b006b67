package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

/** A new patient; leave {@code mrn} out to have the clinic assign one. */
public record RegisterPatientRequest(
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{2,18}[A-Za-z0-9]") String mrn,
    @NotBlank @Size(max = 100) String givenName,
    @NotBlank @Size(max = 100) String familyName,
    @NotNull @PlausibleDate(HISTORY) LocalDate dateOfBirth,
    @NotNull AdministrativeSex sex,
    @Valid Contact contact) {}
