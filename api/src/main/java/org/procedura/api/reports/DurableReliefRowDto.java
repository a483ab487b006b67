package org.procedura.api.reports;

import java.util.List;

/**
 * Durable relief (at least 50 %) of one procedure type: procedures with a pain score at follow-up,
 * those without relief at the first, and over the rest the Kaplan–Meier median in days (null when
 * more than half still last), with ended and censored (still in relief) counts and the curve.
 */
public record DurableReliefRowDto(
    String procedureType,
    int procedures,
    int withoutRelief,
    int cases,
    int ended,
    int censored,
    Long medianDays,
    List<ReliefStepDto> curve) {}
