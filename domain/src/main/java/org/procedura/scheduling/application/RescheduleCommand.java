package org.procedura.scheduling.application;

import java.time.Instant;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Check;

/**
 * Moves an appointment; a null clinician or room keeps the current one. A moved procedure is
 * checked against the rules again; {@code acknowledgement} answers any warnings.
 */
public record RescheduleCommand(
    AppointmentId appointment,
    long seenVersion,
    Instant start,
    ClinicianId clinician,
    RoomId room,
    Acknowledgement acknowledgement) {
  public RescheduleCommand {
    Check.present(appointment, "appointmentId");
    Check.present(start, "start");
  }

  /** Without an acknowledgement: most moves raise no warning. */
  public RescheduleCommand(
      AppointmentId appointment,
      long seenVersion,
      Instant start,
      ClinicianId clinician,
      RoomId room) {
    this(appointment, seenVersion, start, clinician, room, null);
  }
}
