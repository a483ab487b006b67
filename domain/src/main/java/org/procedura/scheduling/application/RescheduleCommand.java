package org.procedura.scheduling.application;

import java.time.Instant;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Check;

/** Moves an appointment; a null clinician or room keeps the current one. */
public record RescheduleCommand(
    AppointmentId appointment,
    Long seenVersion,
    Instant start,
    ClinicianId clinician,
    RoomId room) {
  public RescheduleCommand {
    Check.present(appointment, "appointmentId");
    Check.present(start, "start");
  }
}
