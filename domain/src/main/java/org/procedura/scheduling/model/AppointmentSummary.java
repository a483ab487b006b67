package org.procedura.scheduling.model;

import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;

/**
 * An appointment as a schedule lists it, with the names staff read and, for a procedure, its site
 * ({@link ProcedureSite#NONE} for a visit).
 */
public record AppointmentSummary(
    AppointmentId id,
    PatientId patient,
    String patientName,
    String mrn,
    AppointmentKind kind,
    ProcedureTypeCode procedureType,
    ClinicianId clinician,
    String clinicianName,
    RoomId room,
    String roomName,
    TimeSlot slot,
    AppointmentStatus status,
    ProcedureSite site) {}
