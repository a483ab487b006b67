package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.BiConsumer;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentNotices;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.CheckInChecks;
import org.procedura.scheduling.model.ProcedureCompletions;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

/**
 * The steps of an appointment's day: confirm, check in, start, complete, cancel, no-show. Each
 * carries the version the caller read; a step on a stale copy is refused.
 */
public class AppointmentLifecycle {
  private final Appointments appointments;
  private final ProcedureCompletions completions;
  private final CheckInChecks checkInChecks;
  private final AppointmentNotices notices;
  private final Clock clock;

  public AppointmentLifecycle(
      Appointments appointments,
      ProcedureCompletions completions,
      CheckInChecks checkInChecks,
      AppointmentNotices notices,
      Clock clock) {
    this.appointments = appointments;
    this.completions = completions;
    this.checkInChecks = checkInChecks;
    this.notices = notices;
    this.clock = clock;
  }

  @Transactional
  public Appointment confirm(AppointmentId id, long seenVersion, Actor by) {
    return step(id, seenVersion, stamp(by), Appointment::confirm);
  }

  /** A procedure is checked in only once its checklist is complete and nothing rules it out. */
  @Transactional
  public Appointment checkIn(AppointmentId id, long seenVersion, Actor by) {
    return step(
        id,
        seenVersion,
        stamp(by),
        (appointment, stamp) -> {
          appointment.checkIn(stamp);
          // after the step's own checks, so a cancelled visit says so rather than list items
          if (appointment.getKind() == AppointmentKind.PROCEDURE) {
            checkInChecks.requireReady(appointment, stamp.at());
          }
        });
  }

  @Transactional
  public Appointment start(AppointmentId id, long seenVersion, Actor by) {
    return step(id, seenVersion, stamp(by), Appointment::start);
  }

  /** A completed procedure is handed to {@link ProcedureCompletions} in the same transaction. */
  @Transactional
  public Appointment complete(AppointmentId id, long seenVersion, Actor by) {
    Stamp completedAt = stamp(by);
    Appointment completed = step(id, seenVersion, completedAt, Appointment::complete);
    if (completed.getKind() == AppointmentKind.PROCEDURE) {
      completions.procedureCompleted(completed, completedAt);
    }
    return completed;
  }

  @Transactional
  public Appointment cancel(AppointmentId id, long seenVersion, String reason, Actor by) {
    Appointment cancelled =
        step(id, seenVersion, stamp(by), (appointment, stamp) -> appointment.cancel(reason, stamp));
    notices.cancelled(cancelled);
    return cancelled;
  }

  @Transactional
  public Appointment markNoShow(AppointmentId id, long seenVersion, Actor by) {
    return step(id, seenVersion, stamp(by), Appointment::markNoShow);
  }

  @Transactional
  public Appointment get(AppointmentId id) {
    return load(id);
  }

  private Appointment step(
      AppointmentId id, long seenVersion, Stamp stamp, BiConsumer<Appointment, Stamp> change) {
    Appointment appointment = load(id);
    appointment.requireVersion(seenVersion);
    change.accept(appointment, stamp);
    return appointments.save(appointment);
  }

  private Stamp stamp(Actor by) {
    return new Stamp(clock.instant(), by);
  }

  private Appointment load(AppointmentId id) {
    return appointments.find(id).orElseThrow(() -> new NotFoundException("appointment", id));
  }
}
