package org.procedura.api.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The wait to the first free slot of one procedure type over the days sampled: days sampled, days
 * without a slot within the horizon searched (112 days), median and 90th percentile wait in days
 * over the others, and the latest sample's day, first slot and wait.
 */
public record WaitingTimeRowDto(
    String procedureType,
    int samples,
    int noSlot,
    DistributionDto waitDays,
    LocalDate latestSampledOn,
    OffsetDateTime latestFirstSlotAt,
    Long latestWaitDays) {}
