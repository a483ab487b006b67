package org.procedura.api.scheduling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record AppointmentResponse(
    UUID id,
    UUID patientId,
    AppointmentKind kind,
    String procedureType,
    ProcedureSiteDto site,
    UUID referralId,
    BookedPurpose purpose,
    UUID clinicianId,
    UUID roomId,
    OffsetDateTime start,
    OffsetDateTime end,
    AppointmentStatus status,
    List<AppointmentEventDto> history,
    long version,
    List<HoldInstructionDto> holds) {}
