package org.procedura.api.referral;

/**
 * RECEIVED -> TRIAGED -> ACCEPTED or DECLINED; ACCEPTED -> SCHEDULED when an appointment is booked
 * from it; CLOSED from ACCEPTED, DECLINED or SCHEDULED.
 */
public enum ReferralStatus {
  RECEIVED,
  TRIAGED,
  ACCEPTED,
  DECLINED,
  SCHEDULED,
  CLOSED
}
