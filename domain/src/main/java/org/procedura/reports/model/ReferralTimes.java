package org.procedura.reports.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Days from a referral's receipt to its triage, its first consult and its first procedure, over the
 * referrals received in a range that reached each step (the count behind each figure says how
 * many); and the referrals still open that were received more than a threshold ago.
 */
public record ReferralTimes(
    int received,
    Distribution toTriage,
    Distribution toFirstConsult,
    Distribution toFirstProcedure,
    int openOlderThanDays,
    List<OpenReferrals> open) {

  public static ReferralTimes of(
      List<ReferralMilestones> referrals,
      ZoneId zone,
      int olderThanDays,
      List<OpenReferrals> open) {
    return new ReferralTimes(
        referrals.size(),
        days(referrals, ReferralMilestones::triagedAt, zone),
        days(referrals, ReferralMilestones::firstConsultAt, zone),
        days(referrals, ReferralMilestones::firstProcedureAt, zone),
        olderThanDays,
        open);
  }

  private static Distribution days(
      List<ReferralMilestones> referrals, Function<ReferralMilestones, Instant> step, ZoneId zone) {
    return Distribution.of(
        referrals.stream()
            .filter(r -> step.apply(r) != null)
            .map(r -> daysBetween(r.receivedOn(), step.apply(r), zone))
            .filter(Objects::nonNull)
            .toList());
  }

  /** Whole clinic days from receipt to the step's day; a step dated before receipt counts 0. */
  private static Long daysBetween(LocalDate received, Instant at, ZoneId zone) {
    return Math.max(0, ChronoUnit.DAYS.between(received, LocalDate.ofInstant(at, zone)));
  }
}
