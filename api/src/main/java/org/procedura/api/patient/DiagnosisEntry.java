package org.procedura.api.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A diagnosis of the profile. {@code painDuration} (ISO-8601, e.g. P3M4D) and {@code chronicPain}
 * (lasted at least three months) are derived from the onset date on the clinic's today; both are
 * absent when the onset is not known.
 */
public record DiagnosisEntry(
    UUID id,
    String code,
    String description,
    Laterality laterality,
    LocalDate onsetDate,
    String painDuration,
    Boolean chronicPain,
    boolean current,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy,
    LocalDate endedOn,
    Instant endedAt,
    String endedBy) {}
