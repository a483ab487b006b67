package org.procedura.rules.application;

import java.time.LocalDate;
import java.util.UUID;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Check;

/**
 * May this patient have this procedure, at this site, on this date? Imaging is the one the
 * procedure would be guided with; without it, the best the procedure type allows. Purpose is what
 * it would be booked for, as at booking; the setting that of the room it would be done in, without
 * it the clinic's.
 */
public record EligibilityQuestion(
    PatientId patient,
    ProcedureTypeCode procedureType,
    LocalDate date,
    ProcedureSite site,
    ImagingModality imaging,
    UUID referral,
    ProcedurePurpose purpose,
    CareSetting setting,
    UUID appointment) {
  /** A question about a new booking. */
  public EligibilityQuestion(
      PatientId patient,
      ProcedureTypeCode procedureType,
      LocalDate date,
      ProcedureSite site,
      ImagingModality imaging,
      UUID referral,
      ProcedurePurpose purpose,
      CareSetting setting) {
    this(patient, procedureType, date, site, imaging, referral, purpose, setting, null);
  }

  public EligibilityQuestion {
    Check.present(patient, "patientId");
    Check.present(procedureType, "procedureType");
    Check.present(date, "date");
    site = site == null ? ProcedureSite.NONE : site;
  }

  /** Without a purpose (which a type that may be either needs) and in the clinic's setting. */
  public EligibilityQuestion(
      PatientId patient,
      ProcedureTypeCode procedureType,
      LocalDate date,
      ProcedureSite site,
      ImagingModality imaging,
      UUID referral) {
    this(patient, procedureType, date, site, imaging, referral, null, null);
  }

  EligibilityQuestion bookedAs(ProcedurePurpose booked) {
    return new EligibilityQuestion(
        patient, procedureType, date, site, imaging, referral, booked, setting, appointment);
  }
}
