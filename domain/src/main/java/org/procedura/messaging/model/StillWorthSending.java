package org.procedura.messaging.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentStatus;

/**
 * Whether a queued message is still worth sending, judged at delivery against the appointment as it
 * is then: a cancellation notice only while the appointment is cancelled; every other kind only
 * while it is booked or confirmed, still at the start it was queued for, and not yet begun.
 */
public final class StillWorthSending {
  private static final Set<AppointmentStatus> AHEAD =
      EnumSet.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);

  private StillWorthSending() {}

  /** The reason not to send it, or none when it should go. */
  public static Optional<String> reasonNotToSend(
      QueuedMessage message, Appointment appointment, Instant now) {
    AppointmentStatus status = appointment.getStatus();
    if (message.kind().tellsOfCancellation()) {
      return status == AppointmentStatus.CANCELLED
          ? Optional.empty()
          : Optional.of("the appointment is no longer cancelled");
    }
    if (!AHEAD.contains(status)) {
      return Optional.of(
          "the appointment was "
              + status.name().toLowerCase().replace('_', ' ')
              + " since it was queued");
    }
    if (!appointment.getPlacement().slot().start().equals(message.appointmentStart())) {
      return Optional.of("the appointment was moved since it was queued");
    }
    if (!now.isBefore(message.appointmentStart())) {
      return Optional.of("the appointment has begun");
    }
    return Optional.empty();
  }
}
