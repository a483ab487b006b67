package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.SteroidCaps;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;
import org.procedura.shared.model.Stamp;

/**
 * The physician's record of a completed procedure and its amendments, the baseline scores taken
 * before it (through {@link ProcedureBaselines}), and a diagnostic block's pain diary.
 */
public class ProcedureRecording {
  private final ProcedureRecords records;
  private final ProcedureTypes procedureTypes;
  private final SteroidCaps caps;
  private final ProcedureBaselines baselines;
  private final FollowUpProtocols protocols;
  private final ProcedureCourses courses;
  private final Clock clock;

  public ProcedureRecording(
      ProcedureRecords records,
      ProcedureTypes procedureTypes,
      SteroidCaps caps,
      ProcedureBaselines baselines,
      FollowUpProtocols protocols,
      ProcedureCourses courses,
      Clock clock) {
    this.records = records;
    this.procedureTypes = procedureTypes;
    this.caps = caps;
    this.baselines = baselines;
    this.protocols = protocols;
    this.courses = courses;
    this.clock = clock;
  }

  /** The procedure; before it is completed, its course and the baseline taken so far. */
  @Transactional
  public ProcedureView get(AppointmentId procedure) {
    return records
        .find(procedure)
        .map(courses::of)
        .orElseGet(() -> courses.beforeCompletion(baselines.beforeCompletion(procedure)));
  }

  @Transactional
  public ProcedureView record(AppointmentId procedure, ProcedureDetails details, Actor by) {
    ProcedureRecord record = load(procedure);
    notInTheFuture(details);
    record.record(details, procedureType(details), caps.all(), stamp(by));
    return courses.of(records.save(record));
  }

  @Transactional
  public ProcedureView amend(
      AppointmentId procedure,
      long seenVersion,
      ProcedureDetails details,
      String reason,
      Actor by) {
    ProcedureRecord record = load(procedure);
    notInTheFuture(details);
    record.amend(seenVersion, details, procedureType(details), reason, caps.all(), stamp(by));
    return courses.of(records.save(record));
  }

  /**
   * A pre-procedure score on an absolute scale, which the follow-ups are compared with: taken
   * before the procedure (correctable until it is completed), or added after it.
   */
  @Transactional
  public ProcedureView addBaseline(AppointmentId procedure, Measure measure, Actor by) {
    baselines.record(procedure, List.of(measure), by);
    return get(procedure);
  }

  @Transactional
  public ProcedureView addDiaryEntry(
      AppointmentId procedure, long minutesAfter, Measure pain, Actor by) {
    ProcedureRecord record = load(procedure);
    List<Duration> points =
        protocols
            .find(record.getCourse().procedureType())
            .map(FollowUpProtocol::getDiaryPoints)
            .orElse(List.of());
    record.addDiaryEntry(Duration.ofMinutes(minutesAfter), pain, points, stamp(by));
    return courses.of(records.save(record));
  }

  private void notInTheFuture(ProcedureDetails details) {
    PlausibleDates.onCalendar(details.performedAt(), clock, "performedAt");
    if (details.performedAt().isAfter(clock.instant())) {
      throw new InvalidInputException("performedAt", "performedAt is in the future");
    }
  }

  private ProcedureType procedureType(ProcedureDetails details) {
    return procedureTypes
        .find(details.procedureType())
        .orElseThrow(() -> new NotFoundException("procedure type", details.procedureType()));
  }

  private Stamp stamp(Actor by) {
    return new Stamp(clock.instant(), by);
  }

  private ProcedureRecord load(AppointmentId procedure) {
    return records
        .find(procedure)
        .orElseThrow(() -> new NotFoundException("completed procedure", procedure));
  }
}
