package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
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
  private final Clock clock;

  public AppointmentLifecycle(
      Appointments appointments,
      ProcedureCompletions completions,
      CheckInChecks checkInChecks,
      Clock clock) {
    this.appointments = appointments;
    this.completions = completions;
    this.checkInChecks = checkInChecks;
    this.clock = clock;
  }

  @Transactional
  public Appointment confirm(AppointmentId id, long seenVersion, Actor by) {
    return step(id, seenVersion, (appointment, now) -> appointment.confirm(now, by));
  }

  /** A procedure is checked in only once its checklist is complete and nothing rules it out. */
  @Transactional
  public Appointment checkIn(AppointmentId id, long seenVersion, Actor by) {
    return step(
        id,
        seenVersion,
        (appointment, now) -> {
          appointment.checkIn(now, by);
          // after the step's own checks, so a cancelled visit says so rather than list items
          if (appointment.getKind() == AppointmentKind.PROCEDURE) {
            checkInChecks.requireReady(appointment, now);
          }
        });
  }

  @Transactional
  public Appointment start(AppointmentId id, long seenVersion, Actor by) {
    return step(id, seenVersion, (appointment, now) -> appointment.start(now, by));
  }

  /** A completed procedure is handed to {@link ProcedureCompletions} in the same transaction. */
  @Transactional
  public Appointment complete(AppointmentId id, long seenVersion, Actor by) {
    Instant now = clock.instant();
    Appointment completed =
        step(id, seenVersion, (appointment, at) -> appointment.complete(now, by));
    if (completed.getKind() == AppointmentKind.PROCEDURE) {
      completions.procedureCompleted(completed, new Stamp(now, by));
    }
    return completed;
  }

  @Transactional
  public Appointment cancel(AppointmentId id, long seenVersion, String reason, Actor by) {
    return step(id, seenVersion, (appointment, now) -> appointment.cancel(reason, now, by));
  }

  @Transactional
  public Appointment markNoShow(AppointmentId id, long seenVersion, Actor by) {
    return step(id, seenVersion, (appointment, now) -> appointment.markNoShow(now, by));
  }

  @Transactional
  public Appointment get(AppointmentId id) {
    return load(id);
  }

  private Appointment step(
      AppointmentId id, long seenVersion, BiConsumer<Appointment, Instant> change) {
    Appointment appointment = load(id);
    appointment.requireVersion(seenVersion);
    change.accept(appointment, clock.instant());
    return appointments.save(appointment);
  }

  private Appointment load(AppointmentId id) {
    return appointments.find(id).orElseThrow(() -> new NotFoundException("appointment", id));
  }
}
