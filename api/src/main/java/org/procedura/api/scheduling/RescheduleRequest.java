package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.procedura.api.common.PlausibleDate;

/** The new start; leave clinician or room out to keep the current one. */
public record RescheduleRequest(
    @NotNull @PlausibleDate(CALENDAR) OffsetDateTime start,
    UUID clinicianId,
    UUID roomId,
    @Valid AcknowledgementDto acknowledgement) {}
