package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.AppointmentQueries;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.PlausibleDates;

/** Schedules as staff read them: a clinic day, a clinician's or room's day, a patient's list. */
public class ScheduleViews {
  private final AppointmentQueries queries;
  private final Patients patients;
  private final SchedulingPolicy policy;
  private final Clock clock;

  public ScheduleViews(
      AppointmentQueries queries, Patients patients, SchedulingPolicy policy, Clock clock) {
    this.queries = queries;
    this.patients = patients;
    this.policy = policy;
    this.clock = clock;
  }

  /** Everything starting on that clinic day (a DST day is 23 or 25 hours long). */
  @Transactional
  public List<AppointmentSummary> day(LocalDate date, ClinicianId clinician, RoomId room) {
    PlausibleDates.onCalendar(date, LocalDate.now(clock.withZone(policy.zone())), "date");
    TimeSlot day =
        new TimeSlot(
            date.atStartOfDay(policy.zone()).toInstant(),
            date.plusDays(1).atStartOfDay(policy.zone()).toInstant());
    return queries.startingWithin(day, clinician, room);
  }

  @Transactional
  public PageResult<AppointmentSummary> ofPatient(
      PatientId patient, boolean upcoming, PageQuery page) {
    if (patients.find(patient).isEmpty()) {
      throw new NotFoundException("patient", patient);
    }
    return queries.ofPatient(patient, clock.instant(), upcoming, page);
  }
}
