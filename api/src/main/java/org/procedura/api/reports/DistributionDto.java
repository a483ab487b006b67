package org.procedura.api.reports;

/** Days over a number of cases: median and 90th percentile by nearest rank (null without cases). */
public record DistributionDto(int count, Long medianDays, Long p90Days) {}
