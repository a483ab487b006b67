package org.procedura.messaging.model;

import java.time.Duration;
import java.time.Instant;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Check;

/**
 * A message in the outbox: about which appointment of which patient, the appointment's start it was
 * queued for (a message for a start that has since moved is not sent), when it is due, and for a
 * reminder how long before the start it was meant to go.
 */
public record QueuedMessage(
    MessageId id,
    MessageKind kind,
    AppointmentId appointment,
    PatientId patient,
    Instant appointmentStart,
    Instant dueAt,
    Duration lead) {
  public QueuedMessage {
    Check.present(id, "id");
    Check.present(kind, "kind");
    Check.present(appointment, "appointment");
    Check.present(patient, "patient");
    Check.present(appointmentStart, "appointmentStart");
    Check.present(dueAt, "dueAt");
    if ((kind == MessageKind.REMINDER) != (lead != null)) {
      throw new IllegalArgumentException("a reminder, and only a reminder, has a lead time");
    }
  }
}
