package org.procedura.reports.model;

/** How many cancellations gave one reason, and whether they came late. */
public record ReasonCount(String reason, boolean late, long count) {}
