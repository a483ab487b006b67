package org.procedura.api.outcomes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A procedure: once completed, its record (null {@code current} until recorded) with every
 * revision, the baseline, the pain diary, its follow-ups and how long relief has lasted. Before it
 * is completed only the baseline taken so far ({@code completedAt} and {@code durableRelief} null).
 */
public record ProcedureResponse(
    UUID appointmentId,
    UUID patientId,
    String procedureType,
    UUID physicianId,
    OffsetDateTime completedAt,
    ProcedureDetailsDto current,
    List<RevisionDto> revisions,
    List<MeasureResponse> baseline,
    List<DiaryPointDto> diary,
    List<FollowUpResponse> followUps,
    DurableReliefDto durableRelief,
    long version) {}
