package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.procedura.api.common.PlausibleDate;

/** Time off for a clinician, maintenance for a room. */
public record AwayRequest(
    @NotNull @PlausibleDate(CALENDAR) OffsetDateTime start,
    @NotNull @PlausibleDate(CALENDAR) OffsetDateTime end,
    @NotBlank @Size(max = 200) String reason) {}
