package org.procedura.rules.model;

import java.time.Instant;
import java.time.LocalDate;
import org.procedura.patient.model.AntithromboticClass;

/**
 * For one medication the patient takes: what the procedure requires of it and, for a hold, the last
 * day the patient may take it ({@code lastDoseOn}: a dose at any hour of that day still leaves the
 * whole hold before the procedure starts) with the moment that day ends ({@code lastDoseBy}), and
 * from when it may be taken again, counted from the procedure's end.
 */
public record DrugHold(
    String medication,
    AntithromboticClass drugClass,
    HoldRule rule,
    LocalDate lastDoseOn,
    Instant lastDoseBy,
    Instant restartFrom) {}
