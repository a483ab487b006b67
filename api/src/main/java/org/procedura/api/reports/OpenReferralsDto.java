package org.procedura.api.reports;

import java.time.LocalDate;

/** Referrals still in one status that were received before the threshold, and the oldest. */
public record OpenReferralsDto(String status, long count, LocalDate oldestReceivedOn) {}
