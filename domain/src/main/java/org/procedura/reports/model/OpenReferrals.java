package org.procedura.reports.model;

import java.time.LocalDate;

/** The referrals still waiting in one status, received before the threshold, the oldest first. */
public record OpenReferrals(String status, long count, LocalDate oldestReceivedOn) {}
