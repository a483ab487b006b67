package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.procedura.api.common.PlausibleDate;

/**
 * Books a procedure at {@code start} (on a 5-minute boundary); the end follows from its type. A
 * booking that the rules warn about needs {@code acknowledgement} by a physician. {@code purpose},
 * DIAGNOSTIC or THERAPEUTIC, is required for a type that may be either (SI_JOINT, SGB, LSB); for
 * the others it may be left out, and if given must be the type's own.
 */
public record BookProcedureRequest(
    @NotNull UUID patientId,
    @NotBlank String procedureType,
    @NotNull UUID clinicianId,
    @NotNull UUID roomId,
    @NotNull @PlausibleDate(CALENDAR) OffsetDateTime start,
    @Valid ProcedureSiteDto site,
    UUID referralId,
    @Valid AcknowledgementDto acknowledgement,
    BookedPurpose purpose) {}
