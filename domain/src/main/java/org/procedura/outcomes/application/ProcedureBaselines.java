package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.Scale;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.Appointments;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * The scores taken before a procedure, which its follow-ups are compared with: recorded from the
 * pre-procedure checklist or directly, one per scale. Until the procedure is completed a score
 * recorded again replaces the one on its scale (a correction); once it is completed the follow-ups
 * are compared with it, so a scale recorded stays as it is (the same score again changes nothing).
 */
public class ProcedureBaselines {
  private final Baselines baselines;
  private final ProcedureRecords records;
  private final Appointments appointments;
  private final FollowUpProtocols protocols;
  private final Clock clock;

  public ProcedureBaselines(
      Baselines baselines,
      ProcedureRecords records,
      Appointments appointments,
      FollowUpProtocols protocols,
      Clock clock) {
    this.baselines = baselines;
    this.records = records;
    this.appointments = appointments;
    this.protocols = protocols;
    this.clock = clock;
  }

  /** The baseline so far: a score per scale, and who recorded the latest of them, when. */
  public record Recorded(Map<Scale, Measure> scores, Optional<Stamp> lastRecorded) {
    public Recorded {
      scores = Map.copyOf(scores);
    }
  }

  @Transactional
  public Recorded of(AppointmentId procedure) {
    return new Recorded(baselines.of(procedure), baselines.lastRecorded(procedure));
  }

  /** The scales the type's follow-ups measure, each needing a baseline: NRS and those it lists. */
  @Transactional
  public Set<Scale> scalesFor(ProcedureTypeCode type) {
    return protocols.find(type).map(FollowUpProtocol::getMeasures).orElse(Set.of(Scale.NRS));
  }

  /**
   * Records the scores taken before the procedure, all or none.
   *
   * @throws org.procedura.shared.model.ConflictException {@code BASELINE_RECORDED} when the
   *     procedure is completed and has another score on one of the scales
   */
  @Transactional
  public void record(AppointmentId procedure, List<Measure> scores, Actor by) {
    for (Measure score : scores) {
      if (score.scale().relative()) {
        throw new UnprocessableException(
            "RELATIVE_SCALE",
            score.scale() + " compares with before by itself; a baseline is an absolute score");
      }
    }
    Stamp stamp = new Stamp(clock.instant(), by);
    Optional<ProcedureRecord> completed = records.find(procedure);
    if (completed.isPresent()) {
      var patient = completed.get().getCourse().patient();
      Map<Scale, Measure> before = baselines.of(procedure);
      scores.stream()
          .filter(score -> !score.equals(before.get(score.scale())))
          .forEach(score -> baselines.add(procedure, patient, score, stamp));
    } else {
      var patient = beforeCompletion(procedure).patient();
      scores.forEach(score -> baselines.replace(procedure, patient, score, stamp));
    }
  }

  /**
   * The course of a procedure appointment not completed yet, to be done: a cancelled or missed one
   * has no baseline to take.
   */
  FollowUp.Course beforeCompletion(AppointmentId procedure) {
    Appointment appointment =
        appointments
            .find(procedure)
            .orElseThrow(() -> new NotFoundException("procedure", procedure));
    if (appointment.getKind() != AppointmentKind.PROCEDURE) {
      throw new UnprocessableException(
          "NOT_A_PROCEDURE", "only a procedure appointment has a baseline");
    }
    if (!appointment.getStatus().holdsItsSlot()) {
      throw new UnprocessableException(
          "NOT_TO_BE_DONE",
          "the procedure is " + appointment.getStatus() + ": there is no baseline to take");
    }
    return new FollowUp.Course(
        appointment.getId(),
        appointment.getPatient(),
        appointment.getProcedureType(),
        appointment.getPlacement().clinician());
  }
}
