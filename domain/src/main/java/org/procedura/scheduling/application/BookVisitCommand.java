package org.procedura.scheduling.application;

import java.time.Instant;
import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Check;

/** Books a consult or follow-up visit; its length is the clinic's visit length. */
public record BookVisitCommand(
    PatientId patient,
    AppointmentKind kind,
    ClinicianId clinician,
    RoomId room,
    Instant start,
    UUID referral) {
  public BookVisitCommand {
    Check.present(patient, "patientId");
    Check.present(kind, "kind");
    Check.present(clinician, "clinicianId");
    Check.present(room, "roomId");
    Check.present(start, "start");
  }
}
