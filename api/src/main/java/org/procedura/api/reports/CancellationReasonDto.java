package org.procedura.api.reports;

/** A reason given for cancelling, whether late (less than 24 hours' notice), and how often. */
public record CancellationReasonDto(String reason, boolean late, long count) {}
