package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.procedura.api.common.PlausibleDate;

public record BookVisitRequest(
    @NotNull UUID patientId,
    @NotNull VisitKind kind,
    @NotNull UUID clinicianId,
    @NotNull UUID roomId,
    @NotNull @PlausibleDate(CALENDAR) OffsetDateTime start,
    UUID referralId) {}
