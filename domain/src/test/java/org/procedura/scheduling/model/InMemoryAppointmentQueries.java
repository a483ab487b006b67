package org.procedura.scheduling.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/**
 * The read side over an {@link InMemoryAppointments}, behaving like the SQL adapter: held time only
 * of appointments that hold their slot (clinicians and rooms with the turnover, patients for the
 * slot), schedules with the names staff read.
 */
public final class InMemoryAppointmentQueries implements AppointmentQueries {
  private final InMemoryAppointments appointments;
  private final Patients patients;
  private final Clinicians clinicians;
  private final Rooms rooms;

  public InMemoryAppointmentQueries(
      InMemoryAppointments appointments, Patients patients, Clinicians clinicians, Rooms rooms) {
    this.appointments = appointments;
    this.patients = patients;
    this.clinicians = clinicians;
    this.rooms = rooms;
  }

  @Override
  public List<Occupancy> heldTime(Collection<ResourceRef> resources, TimeSlot window) {
    return appointments.all().stream()
        .flatMap(appointment -> appointment.occupancy().entrySet().stream())
        .filter(held -> resources.contains(held.getKey()) && held.getValue().overlaps(window))
        .map(held -> new Occupancy(held.getKey(), held.getValue()))
        .toList();
  }

  @Override
  public List<AppointmentSummary> startingWithin(
      TimeSlot window, ClinicianId clinician, RoomId room) {
    return appointments.all().stream()
        .filter(a -> !a.getPlacement().slot().start().isBefore(window.start()))
        .filter(a -> a.getPlacement().slot().start().isBefore(window.end()))
        .filter(a -> clinician == null || a.getPlacement().clinician().equals(clinician))
        .filter(a -> room == null || a.getPlacement().room().equals(room))
        .map(this::summary)
        .sorted(
            Comparator.comparing((AppointmentSummary s) -> s.slot().start())
                .thenComparing(AppointmentSummary::clinicianName)
                .thenComparing(AppointmentSummary::roomName)
                .thenComparing(s -> s.id().toString()))
        .toList();
  }

  @Override
  public PageResult<AppointmentSummary> ofPatient(
      PatientId patient, Instant now, boolean upcoming, PageQuery page) {
    Comparator<AppointmentSummary> soonestFirst =
        Comparator.comparing((AppointmentSummary s) -> s.slot().start());
    List<AppointmentSummary> matching =
        appointments.all().stream()
            .filter(a -> a.getPatient().equals(patient))
            .filter(a -> a.getPlacement().slot().start().isBefore(now) != upcoming)
            .map(this::summary)
            .sorted(
                (upcoming ? soonestFirst : soonestFirst.reversed())
                    .thenComparing(s -> s.id().toString()))
            .toList();
    List<AppointmentSummary> content =
        matching.stream().skip(page.offset()).limit(page.size()).toList();
    return new PageResult<>(content, page.page(), page.size(), matching.size());
  }

  private AppointmentSummary summary(Appointment appointment) {
    Patient patient = patients.find(appointment.getPatient()).orElseThrow();
    Placement placement = appointment.getPlacement();
    return new AppointmentSummary(
        appointment.getId(),
        appointment.getPatient(),
        patient.getName().given() + " " + patient.getName().family(),
        patient.getMrn().value(),
        appointment.getKind(),
        appointment.getProcedureType(),
        placement.clinician(),
        clinicians.find(placement.clinician()).orElseThrow().getDisplayName(),
        placement.room(),
        rooms.find(placement.room()).orElseThrow().getName(),
        placement.slot(),
        appointment.getStatus(),
        appointment.getSite() == null ? ProcedureSite.NONE : appointment.getSite());
  }
}
