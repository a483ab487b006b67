package org.procedura.outcomes.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * One protocol follow-up of a procedure: due on a day, to be done within its window by a visit or a
 * call, recording measures on the baseline's scales. Missed once the window has closed undone, and
 * then still to reach: it can be recorded late (done, marked late, its scores counting like any
 * other) or closed with a reason, and nothing else ends it.
 */
public final class FollowUp {
  private final FollowUpId id;
  private final Course course;
  private final String label;
  private final Window window;
  private FollowUpStatus status;
  private AppointmentId visit;
  private Contact contact;
  private List<Measure> measures;
  private Stamp done;
  private boolean recordedLate;
  private Closure closure;
  private final Long version;

  /** What the follow-up follows: the procedure, its patient, type and performing physician. */
  public record Course(
      AppointmentId procedure,
      PatientId patient,
      ProcedureTypeCode procedureType,
      ClinicianId physician) {
    public Course {
      Check.present(procedure, "procedure");
      Check.present(patient, "patient");
      Check.present(procedureType, "procedureType");
      Check.present(physician, "physician");
    }
  }

  /** The day it is due and the days it may be done on. */
  public record Window(LocalDate due, LocalDate opens, LocalDate closes) {
    public Window {
      Check.present(due, "due");
      if (opens.isAfter(due) || closes.isBefore(due)) {
        throw new InvalidInputException("window", "the window holds the day it is due");
      }
    }

    public static Window around(LocalDate due, int days) {
      return new Window(due, due.minusDays(days), due.plusDays(days));
    }
  }

  /** Why a missed follow-up was given up on, who closed it and when; OTHER says why in the note. */
  public record Closure(ClosureReason reason, String note, Stamp closed) {
    public Closure {
      Check.present(reason, "reason");
      note = Check.optionalText(note, "note", 500);
      if (reason == ClosureReason.OTHER && note == null) {
        throw new InvalidInputException(
            "note", "closing for another reason says which in the note");
      }
      Check.present(closed, "closed");
    }
  }

  /** Rebuilds a follow-up as stored. */
  public FollowUp(
      FollowUpId id,
      Course course,
      String label,
      Window window,
      FollowUpStatus status,
      AppointmentId visit,
      Contact contact,
      List<Measure> measures,
      Stamp done,
      boolean recordedLate,
      Closure closure,
      Long version) {
    this.id = Check.present(id, "id");
    this.course = Check.present(course, "course");
    this.label = Check.text(label, "label", 60);
    this.window = Check.present(window, "window");
    this.status = Check.present(status, "status");
    this.visit = visit;
    this.contact = contact;
    this.measures = List.copyOf(measures == null ? List.of() : measures);
    this.done = done;
    this.recordedLate = recordedLate;
    this.closure = closure;
    this.version = version;
  }

  public static FollowUp plan(Course course, FollowUpStep step, LocalDate procedureDay) {
    return new FollowUp(
        FollowUpId.newId(),
        course,
        step.label(),
        Window.around(step.dueAfter(procedureDay), step.windowDays()),
        FollowUpStatus.DUE,
        null,
        null,
        List.of(),
        null,
        false,
        null,
        null);
  }

  /** Refuses a step decided on a copy someone else has changed since. */
  public void requireVersion(long seenVersion) {
    if (version == null) {
      throw new IllegalStateException("follow-up " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("follow-up " + id, seenVersion, version);
    }
  }

  /** Books it as a visit, due or missed: the appointment scheduling booked for it. */
  public void bookAsVisit(AppointmentId appointment) {
    requireStep(FollowUpStatus.DONE);
    this.visit = Check.present(appointment, "appointmentId");
  }

  /**
   * Records what the patient reported, assessed against the baseline; refuses a scale the baseline
   * was not scored on, and a follow-up whose window has not opened yet. Recorded after the window
   * closed (missed, or not yet marked so), it is done and marked late.
   */
  public List<Assessment> record(
      Contact how,
      List<Measure> reported,
      Map<Scale, Measure> baseline,
      LocalDate today,
      Stamp at) {
    requireStep(FollowUpStatus.DONE);
    Check.present(how, "contact");
    Check.noNulls(Check.present(reported, "measures"), "measures");
    if (reported.isEmpty()) {
      throw new InvalidInputException("measures", "a follow-up records at least one measure");
    }
    if (reported.stream().map(Measure::scale).distinct().count() != reported.size()) {
      throw new InvalidInputException("measures", "each scale is recorded once per follow-up");
    }
    if (how == Contact.VISIT && visit == null) {
      throw new UnprocessableException(
          "NO_VISIT_BOOKED", "a follow-up done at a visit names the visit's appointment first");
    }
    if (today.isBefore(window.opens())) {
      throw new UnprocessableException(
          "FOLLOW_UP_NOT_OPEN", "this follow-up can be done from " + window.opens());
    }
    List<Assessment> assessed = reported.stream().map(m -> Assessment.of(m, baseline)).toList();
    move(FollowUpStatus.DONE);
    this.contact = how;
    this.measures = List.copyOf(reported);
    this.done = at;
    this.recordedLate = today.isAfter(window.closes());
    return assessed;
  }

  /** True when the window closed before {@code today} and it is still due. */
  public boolean missedBy(LocalDate today) {
    return status == FollowUpStatus.DUE && window.closes().isBefore(today);
  }

  public void markMissed(LocalDate today) {
    if (!missedBy(today)) {
      throw new UnprocessableException(
          "WINDOW_STILL_OPEN", "a follow-up is missed only after its window closed");
    }
    move(FollowUpStatus.MISSED);
  }

  /** Gives up on a missed follow-up, for the reason given: it leaves the worklists for good. */
  public void close(Closure why) {
    Check.present(why, "closure");
    move(FollowUpStatus.CLOSED);
    this.closure = why;
  }

  /** Assessed against the baseline, as recorded. */
  public List<Assessment> assessments(Map<Scale, Measure> baseline) {
    return measures.stream().map(m -> Assessment.of(m, baseline)).toList();
  }

  public boolean overdueOn(LocalDate today) {
    return status == FollowUpStatus.DUE && window.due().isBefore(today);
  }

  /** The one guard of the transition table in {@link FollowUpStatus}. */
  private void requireStep(FollowUpStatus next) {
    if (!status.mayBecome(next)) {
      throw new IllegalTransitionException("follow-up " + id, status, next);
    }
  }

  private void move(FollowUpStatus next) {
    requireStep(next);
    status = next;
  }

  public FollowUpId getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public String getLabel() {
    return label;
  }

  public Window getWindow() {
    return window;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public AppointmentId getVisit() {
    return visit;
  }

  public Contact getContact() {
    return contact;
  }

  public List<Measure> getMeasures() {
    return measures;
  }

  public Stamp getDone() {
    return done;
  }

  /** Whether it was recorded after its window closed. */
  public boolean isRecordedLate() {
    return recordedLate;
  }

  /** Why and by whom it was closed; null unless CLOSED. */
  public Closure getClosure() {
    return closure;
  }

  public Long getVersion() {
    return version;
  }

  /** For rebuilding: who recorded it. */
  public Actor doneBy() {
    return done == null ? null : done.by();
  }

  /** For rebuilding: when it was recorded. */
  public Instant doneAt() {
    return done == null ? null : done.at();
  }
}
