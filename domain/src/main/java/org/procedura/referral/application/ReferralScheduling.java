package org.procedura.referral.application;

import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.referral.model.ReferralId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ReferralBookings;
import org.procedura.shared.model.Actor;

/**
 * Scheduling's {@link ReferralBookings} port, answered by the referral intake: booking from a
 * referral moves it to SCHEDULED inside the booking's transaction.
 */
public final class ReferralScheduling implements ReferralBookings {
  private final ReferralIntake intake;

  public ReferralScheduling(ReferralIntake intake) {
    this.intake = intake;
  }

  @Override
  public void bookedFrom(UUID referral, PatientId patient, AppointmentId appointment, Actor by) {
    intake.markScheduled(new ReferralId(referral), patient, appointment.toString(), by);
  }
}
