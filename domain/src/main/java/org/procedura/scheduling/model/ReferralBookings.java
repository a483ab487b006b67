package org.procedura.scheduling.model;

import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Actor;

/** The referrals appointments are booked from: booking from one marks it scheduled. */
public interface ReferralBookings {

  /**
   * Records, in the booking's own transaction, that the appointment was booked from the referral.
   *
   * @throws org.procedura.shared.model.NotFoundException for an unknown referral
   * @throws org.procedura.shared.model.InvalidInputException for another patient's referral
   * @throws org.procedura.shared.model.IllegalTransitionException for a referral not yet accepted,
   *     or declined or closed
   */
  void bookedFrom(UUID referral, PatientId patient, AppointmentId appointment, Actor by);
}
