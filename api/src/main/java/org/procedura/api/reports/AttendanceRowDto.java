package org.procedura.api.reports;

/**
 * One appointment type (procedure type code, CONSULT or FOLLOW_UP; ALL for every type): the
 * appointments, those cancelled with at least 24 hours' notice, and no-show and late-cancellation
 * rates of the rest.
 */
public record AttendanceRowDto(
    String type,
    long appointments,
    long cancelledInTime,
    RateDto noShows,
    RateDto lateCancellations) {}
