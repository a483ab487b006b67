package org.procedura.referral.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral stands; the transition table below says which step may follow which.
 *
 * <ul>
 *   <li>RECEIVED: recorded, waiting for a physician to review it.
 *   <li>TRIAGED: a physician reviewed it and will accept or decline it.
 *   <li>ACCEPTED: the clinic will see the patient; on the front desk's list to schedule.
 *   <li>DECLINED: refused by a physician, with the reason.
 *   <li>SCHEDULED: a procedure or consult appointment was booked from it.
 *   <li>CLOSED: nothing more to do.
 * </ul>
 *
 * CLOSED, the end, follows SCHEDULED (the care asked for has been given, the normal end), DECLINED
 * (the referring provider has been told) and ACCEPTED (the patient withdrew or could not be reached
 * before anything was booked). A referral not yet decided (RECEIVED, TRIAGED) cannot be closed: it
 * must be declined, with a reason, by a physician, so that none is dropped without a physician's
 * decision.
 */
public enum ReferralStatus {
  RECEIVED,
  TRIAGED,
  ACCEPTED,
  DECLINED,
  SCHEDULED,
  CLOSED;

  private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT =
      Map.of(
          RECEIVED, EnumSet.of(TRIAGED),
          TRIAGED, EnumSet.of(ACCEPTED, DECLINED),
          ACCEPTED, EnumSet.of(SCHEDULED, CLOSED),
          DECLINED, EnumSet.of(CLOSED),
          SCHEDULED, EnumSet.of(CLOSED),
          CLOSED, EnumSet.noneOf(ReferralStatus.class));

  public boolean mayBecome(ReferralStatus next) {
    return NEXT.get(this).contains(next);
  }
}
