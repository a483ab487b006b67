package org.procedura.scheduling.application;

import java.time.Instant;
import java.time.LocalDate;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AvailabilitySearch;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * "When can this be done?": a procedure type (or a visit kind), the clinic days to search, and
 * optionally one clinician and the patient (whose own appointments are then avoided).
 */
public record AvailabilityQuery(
    ProcedureTypeCode procedureType,
    AppointmentKind visitKind,
    LocalDate from,
    LocalDate to,
    ClinicianId clinician,
    PatientId patient,
    int limit,
    RoomId room,
    Instant notBefore) {
  /** Any suitable room, from the start of the first day (or now). */
  public AvailabilityQuery(
      ProcedureTypeCode procedureType,
      AppointmentKind visitKind,
      LocalDate from,
      LocalDate to,
      ClinicianId clinician,
      PatientId patient,
      int limit) {
    this(procedureType, visitKind, from, to, clinician, patient, limit, null, null);
  }

  public AvailabilityQuery {
    if ((procedureType == null) == (visitKind == null)) {
      throw new InvalidInputException(
          "procedureType", "ask for either a procedure type or a visit kind");
    }
    if (visitKind == AppointmentKind.PROCEDURE) {
      throw new InvalidInputException("visitKind", "visitKind is CONSULT or FOLLOW_UP");
    }
    Check.present(from, "from");
    Check.present(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "to must not be before from");
    }
    if (limit < 1 || limit > AvailabilitySearch.MAX_RESULTS) {
      throw new InvalidInputException(
          "limit", "limit must be between 1 and " + AvailabilitySearch.MAX_RESULTS);
    }
  }
}
