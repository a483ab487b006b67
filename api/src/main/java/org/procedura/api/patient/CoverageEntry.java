package org.procedura.api.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A coverage of the profile; {@code current} is false once it ended. */
public record CoverageEntry(
    UUID id,
    String payer,
    String plan,
    String memberId,
    String ruleSet,
    boolean current,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy,
    LocalDate endedOn,
    Instant endedAt,
    String endedBy) {}
