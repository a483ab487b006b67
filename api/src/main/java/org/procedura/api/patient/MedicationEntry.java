package org.procedura.api.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A medication of the profile; {@code current} is false once the patient stopped taking it. */
public record MedicationEntry(
    UUID id,
    String name,
    AntithromboticClass antithromboticClass,
    LocalDate lastConfirmedOn,
    boolean current,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy,
    LocalDate endedOn,
    Instant endedAt,
    String endedBy) {}
