package org.procedura.api.reports;

/**
 * One procedure type, group (region, or physician's id and name; null when grouped by type) and
 * protocol step: follow-ups planned, done, lost and still open, completion, NRS responders at 30 %
 * and 50 %, ODI/NDI past their minimal important change, PGIC much or very much improved.
 */
public record ResponderRowDto(
    String procedureType,
    String group,
    String groupName,
    String step,
    long planned,
    long done,
    long lost,
    long open,
    RateDto completion,
    RateDto nrs30,
    RateDto nrs50,
    RateDto disabilityImproved,
    RateDto pgicImproved) {}
