package org.procedura.referral.model;

/**
 * Where a referral stands; {@link Referral#TRANSITIONS} says which step may follow which.
 *
 * <ul>
 *   <li>RECEIVED: recorded, waiting for a physician to review it.
 *   <li>TRIAGED: a physician reviewed it and will accept or decline it.
 *   <li>ACCEPTED: the clinic will see the patient; on the front desk's list to schedule.
 *   <li>DECLINED: refused by a physician, with the reason.
 *   <li>SCHEDULED: a procedure or consult appointment was booked from it.
 *   <li>CLOSED: nothing more to do.
 * </ul>
 */
public enum ReferralStatus {
  RECEIVED,
  TRIAGED,
  ACCEPTED,
  DECLINED,
  SCHEDULED,
  CLOSED
}
