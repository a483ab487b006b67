package org.procedura.api.scheduling;

import java.time.OffsetDateTime;

/** One step of an appointment's history: BOOKED, CONFIRMED, ..., RESCHEDULED. */
public record AppointmentEventDto(String type, OffsetDateTime at, String by, String note) {}
