package org.procedura.api.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up and, once done, its response: each measure assessed against the baseline, the relief
 * shown and whether any measure improved meaningfully. {@code recordedLate}: done after its window
 * closed (its scores count all the same); {@code closure}: why a missed one was closed, else null.
 */
public record FollowUpResponse(
    UUID id,
    UUID procedureId,
    UUID patientId,
    String procedureType,
    UUID physicianId,
    String label,
    LocalDate due,
    LocalDate windowOpens,
    LocalDate windowCloses,
    FollowUpStatus status,
    Contact contact,
    UUID visitAppointmentId,
    OffsetDateTime doneAt,
    String doneBy,
    boolean recordedLate,
    ClosureDto closure,
    List<AssessmentDto> measures,
    BigDecimal relief,
    Boolean meaningful,
    long version) {}
