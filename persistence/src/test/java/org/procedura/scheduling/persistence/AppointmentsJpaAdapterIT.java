package org.procedura.scheduling.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.persistence.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.nextMonday9am;
import static org.procedura.scheduling.persistence.SchedulingFixtures.patient;
import static org.procedura.scheduling.persistence.SchedulingFixtures.procedure;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentQueries;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AppointmentsJpaAdapterIT extends RealDatabaseTest {
  private static final int CELLS_HELD = 8 + 8 + 6; // clinician and room 40 min, patient 30 min

  @Autowired Appointments appointments;
  @Autowired AppointmentQueries queries;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  private Patient patient;
  private Clinician clinician;
  private Room room;

  @BeforeEach
  void clinic() {
    patient = inTransaction(() -> patients.save(patient()));
    clinician = inTransaction(() -> clinicians.save(clinician()));
    room = inTransaction(() -> rooms.save(room()));
  }

  @Test
  void storesAnAppointmentWithItsPurposeHistoryAndTheCellsItHolds() {
    Appointment booked = book(procedure(patient, clinician, room, nextMonday9am()));

    Appointment reloaded = inTransaction(() -> appointments.find(booked.getId()).orElseThrow());

    assertThat(reloaded.getPlacement()).isEqualTo(booked.getPlacement());
    assertThat(reloaded.getSite()).isEqualTo(booked.getSite());
    assertThat(reloaded.getPurpose()).isEqualTo(ProcedurePurpose.THERAPEUTIC);
    assertThat(reloaded.getEvents())
        .extracting(AppointmentEvent::type)
        .containsExactly(AppointmentEvent.Type.BOOKED);
    assertThat(cellsOf(booked)).isEqualTo(CELLS_HELD);
  }

  @Test
  void theDatabaseRefusesAnOverlapEvenWithoutThePreCheck() {
    book(procedure(patient, clinician, room, nextMonday9am()));
    Patient other = inTransaction(() -> patients.save(patient()));
    // starts inside the first one's turnover: the room is still being cleaned
    Appointment overlapping =
        procedure(other, clinician, room, nextMonday9am().plus(Duration.ofMinutes(35)));

    assertThatThrownBy(() -> book(overlapping))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("concurrent");
    assertThat(inTransaction(() -> appointments.find(overlapping.getId()))).isEmpty();
  }

  @Test
  void listsTheAppointmentsHoldingWhatANewOneNeeds() {
    Appointment first = book(procedure(patient, clinician, room, nextMonday9am()));
    Appointment second =
        procedure(patient, clinician, room, nextMonday9am().plus(Duration.ofMinutes(15)));

    var conflicts = inTransaction(() -> appointments.conflictsOf(second));

    assertThat(conflicts)
        .extracting(c -> c.resource())
        .containsExactly(
            ResourceRef.Kind.CLINICIAN, ResourceRef.Kind.ROOM, ResourceRef.Kind.PATIENT);
    assertThat(conflicts).allMatch(c -> c.appointmentId().equals(first.getId().value()));
  }

  @Test
  void aCancellationGivesTheTimeBack() {
    Appointment booked = book(procedure(patient, clinician, room, nextMonday9am()));

    Appointment cancelled =
        inTransaction(
            () -> {
              Appointment loaded = appointments.find(booked.getId()).orElseThrow();
              loaded.cancel("patient unwell", new Stamp(Instant.now(), FRONT_DESK));
              return appointments.save(loaded);
            });

    assertThat(cellsOf(cancelled)).isZero();
    assertThat(cancelled.getEvents()).hasSize(2);
    book(procedure(patient, clinician, room, nextMonday9am()));
  }

  @Test
  void aRescheduleMovesTheHeldCellsAndKeepsThemWhenTheNewTimeIsTaken() {
    Appointment moving = book(procedure(patient, clinician, room, nextMonday9am()));
    Patient other = inTransaction(() -> patients.save(patient()));
    Instant taken = nextMonday9am().plus(Duration.ofHours(2));
    book(procedure(other, clinician, room, taken));

    assertThatThrownBy(() -> reschedule(moving, taken)).isInstanceOf(ConflictException.class);
    assertThat(cellsOf(moving)).isEqualTo(CELLS_HELD);
    assertThat(queries.heldTime(List.of(ResourceRef.of(clinician.getId())), dayOf(nextMonday9am())))
        .hasSize(2);

    Appointment moved = reschedule(moving, nextMonday9am().plus(Duration.ofHours(4)));
    assertThat(moved.getPlacement().slot().start())
        .isEqualTo(nextMonday9am().plus(Duration.ofHours(4)));
    assertThat(cellsOf(moved)).isEqualTo(CELLS_HELD);
  }

  @Test
  void heldTimeIncludesTurnoverForClinicianAndRoomButNotForThePatient() {
    Appointment booked = book(procedure(patient, clinician, room, nextMonday9am()));
    TimeSlot day = dayOf(nextMonday9am());

    var held =
        queries.heldTime(
            List.of(
                ResourceRef.of(clinician.getId()),
                ResourceRef.of(room.getId()),
                ResourceRef.ofPatient(patient.getId().value())),
            day);

    assertThat(held).hasSize(3);
    assertThat(held)
        .filteredOn(o -> o.resource().kind() == ResourceRef.Kind.PATIENT)
        .extracting(o -> o.held())
        .containsExactly(booked.getPlacement().slot());
    assertThat(held)
        .filteredOn(o -> o.resource().kind() != ResourceRef.Kind.PATIENT)
        .extracting(o -> o.held())
        .containsOnly(booked.getPlacement().held());
  }

  private Appointment reschedule(Appointment appointment, Instant start) {
    return inTransaction(
        () -> {
          Appointment loaded = appointments.find(appointment.getId()).orElseThrow();
          Placement current = loaded.getPlacement();
          loaded.reschedule(
              new Placement(
                  current.clinician(),
                  current.room(),
                  TimeSlot.of(start, current.slot().length()),
                  current.turnover()),
              new Stamp(start.minus(Duration.ofDays(1)), FRONT_DESK));
          return appointments.save(loaded);
        });
  }

  private Appointment book(Appointment appointment) {
    return inTransaction(() -> appointments.save(appointment));
  }

  private int cellsOf(Appointment appointment) {
    return jdbc.queryForObject(
        "select count(*) from occupied_cell where appointment_id = ?",
        Integer.class,
        appointment.getId().toString());
  }

  private static TimeSlot dayOf(Instant instant) {
    return new TimeSlot(instant.minus(Duration.ofHours(10)), instant.plus(Duration.ofHours(12)));
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }
}
