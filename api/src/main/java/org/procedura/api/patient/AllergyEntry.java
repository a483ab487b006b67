package org.procedura.api.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An allergy of the profile; {@code current} is false once it ended. */
public record AllergyEntry(
    UUID id,
    AllergyKind kind,
    String substance,
    String reaction,
    boolean current,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy,
    LocalDate endedOn,
    Instant endedAt,
    String endedBy) {}
