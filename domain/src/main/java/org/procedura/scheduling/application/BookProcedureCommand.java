package org.procedura.scheduling.application;

import java.time.Instant;
import java.util.UUID;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Check;

/**
 * Books a procedure; the end follows from the procedure type's duration. {@code acknowledgement} is
 * a physician's acknowledgement of rule warnings, or null. {@code purpose}, diagnostic or
 * therapeutic, is required for a type that may be either and may be left out otherwise.
 */
public record BookProcedureCommand(
    PatientId patient,
    ProcedureTypeCode procedureType,
    ClinicianId clinician,
    RoomId room,
    Instant start,
    ProcedureSite site,
    UUID referral,
    Acknowledgement acknowledgement,
    ProcedurePurpose purpose) {
  public BookProcedureCommand {
    Check.present(patient, "patientId");
    Check.present(procedureType, "procedureType");
    Check.present(clinician, "clinicianId");
    Check.present(room, "roomId");
    Check.present(start, "start");
    site = site == null ? ProcedureSite.NONE : site;
  }

  /** Without a purpose: the procedure type's own. */
  public BookProcedureCommand(
      PatientId patient,
      ProcedureTypeCode procedureType,
      ClinicianId clinician,
      RoomId room,
      Instant start,
      ProcedureSite site,
      UUID referral,
      Acknowledgement acknowledgement) {
    this(patient, procedureType, clinician, room, start, site, referral, acknowledgement, null);
  }

  /** Without an acknowledgement: most bookings raise no warning. */
  public BookProcedureCommand(
      PatientId patient,
      ProcedureTypeCode procedureType,
      ClinicianId clinician,
      RoomId room,
      Instant start,
      ProcedureSite site,
      UUID referral) {
    this(patient, procedureType, clinician, room, start, site, referral, null);
  }
}
