package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly stretch of working time in the clinic's local time, e.g. MONDAY 08:00 to 12:00. */
public record WorkingWindowDto(
    @NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {}
