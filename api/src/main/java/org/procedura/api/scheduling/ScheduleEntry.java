package org.procedura.api.scheduling;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of a schedule. */
public record ScheduleEntry(
    UUID id,
    UUID patientId,
    String patientName,
    String mrn,
    AppointmentKind kind,
    String procedureType,
    UUID clinicianId,
    String clinicianName,
    UUID roomId,
    String roomName,
    OffsetDateTime start,
    OffsetDateTime end,
    AppointmentStatus status) {}
