package org.procedura.reports.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A done follow-up of a procedure, with the pain it showed: NRS against the procedure's NRS
 * baseline, or else the patient's own percent relief (any may be null).
 */
public record ReliefObservation(
    UUID procedureId,
    String procedureType,
    Instant completedAt,
    Instant doneAt,
    BigDecimal baselineNrs,
    BigDecimal nrs,
    BigDecimal percentRelief) {}
