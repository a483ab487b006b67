package org.procedura.api.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A room's or clinician's working, booked and used minutes over a day or week. */
public record UtilisationRowDto(
    UUID resourceId,
    String name,
    LocalDate periodStart,
    long workingMinutes,
    long bookedMinutes,
    long usedMinutes,
    BigDecimal bookedPercent,
    BigDecimal usedPercent) {}
