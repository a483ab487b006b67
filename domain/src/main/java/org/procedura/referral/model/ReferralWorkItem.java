package org.procedura.referral.model;

import java.time.LocalDate;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PersonName;

/** A referral as a worklist shows it, with enough of the patient to call them. */
public record ReferralWorkItem(
    ReferralId id,
    PatientId patientId,
    MedicalRecordNumber mrn,
    PersonName patientName,
    ReferralStatus status,
    Urgency urgency,
    LocalDate receivedOn,
    String referringProvider,
    ProcedureTypeCode requestedProcedureType) {}
