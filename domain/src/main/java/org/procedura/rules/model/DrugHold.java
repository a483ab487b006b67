package org.procedura.rules.model;

import java.time.Instant;
import org.procedura.patient.model.AntithromboticClass;

/**
 * For one medication the patient takes: what the procedure requires of it, the latest time of the
 * last dose (for a hold), and from when it may be taken again.
 */
public record DrugHold(
    String medication,
    AntithromboticClass drugClass,
    HoldRule rule,
    Instant lastDoseBy,
    Instant restartFrom) {}
