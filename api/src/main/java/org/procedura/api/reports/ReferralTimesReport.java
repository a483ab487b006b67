package org.procedura.api.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Days from receipt to triage, to the first completed consult and to the first completed procedure
 * booked from the referral, over the referrals received in the range; and the open referrals
 * received more than {@code olderThanDays} ago.
 */
public record ReferralTimesReport(
    LocalDate from,
    LocalDate to,
    int received,
    DistributionDto toTriage,
    DistributionDto toFirstConsult,
    DistributionDto toFirstProcedure,
    int olderThanDays,
    List<OpenReferralsDto> openOlder) {}
