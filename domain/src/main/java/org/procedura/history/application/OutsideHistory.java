package org.procedura.history.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureDetails;
import org.procedura.history.model.OutsideProcedureId;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

/**
 * Clinical staff's record of the procedures a patient had at other clinics: record one from its
 * document, read them, correct one (naming the version seen), enter one in error.
 */
public class OutsideHistory {
  private final OutsideProcedures procedures;
  private final Patients patients;
  private final ProcedureTypes procedureTypes;
  private final Clock clock;

  public OutsideHistory(
      OutsideProcedures procedures, Patients patients, ProcedureTypes procedureTypes, Clock clock) {
    this.procedures = procedures;
    this.patients = patients;
    this.procedureTypes = procedureTypes;
    this.clock = clock;
  }

  @Transactional
  public OutsideProcedure record(PatientId patient, OutsideProcedureDetails details, Actor by) {
    requirePatient(patient);
    return procedures.save(
        OutsideProcedure.record(
            patient, details, typeOf(details.procedureType()), stamp(by), today()));
  }

  /** Every one recorded for the patient, those entered in error too, the earliest first. */
  @Transactional
  public List<OutsideProcedure> list(PatientId patient) {
    requirePatient(patient);
    return procedures.allOf(patient);
  }

  @Transactional
  public OutsideProcedure get(PatientId patient, OutsideProcedureId id) {
    return load(patient, id);
  }

  @Transactional
  public OutsideProcedure correct(
      PatientId patient,
      OutsideProcedureId id,
      long seenVersion,
      OutsideProcedureDetails details,
      Actor by) {
    OutsideProcedure procedure = load(patient, id);
    procedure.correct(seenVersion, details, typeOf(details.procedureType()), stamp(by), today());
    return procedures.save(procedure);
  }

  @Transactional
  public OutsideProcedure enterInError(
      PatientId patient, OutsideProcedureId id, long seenVersion, String reason, Actor by) {
    OutsideProcedure procedure = load(patient, id);
    procedure.enterInError(seenVersion, reason, stamp(by));
    return procedures.save(procedure);
  }

  private OutsideProcedure load(PatientId patient, OutsideProcedureId id) {
    requirePatient(patient);
    return procedures
        .find(id)
        .filter(found -> found.belongsTo(patient))
        .orElseThrow(() -> new NotFoundException("outside procedure", id));
  }

  /**
   * The catalog's entry; an inactive type is fine (the patient had it elsewhere), an unknown one is
   * a wrong value of the request.
   */
  private ProcedureType typeOf(ProcedureTypeCode code) {
    return procedureTypes
        .find(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "procedureType",
                    "procedureType " + code + " is not in the clinic's procedure catalog"));
  }

  private void requirePatient(PatientId patient) {
    if (patients.find(patient).isEmpty()) {
      throw new NotFoundException("patient", patient);
    }
  }

  /** Now, to the second, as every supported database keeps it. */
  private Stamp stamp(Actor actor) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
