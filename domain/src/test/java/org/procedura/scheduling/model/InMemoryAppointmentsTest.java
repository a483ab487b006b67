package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NOW;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Stamp;

/** The fake behaves like the adapter it stands in for, or the use-case tests prove nothing. */
class InMemoryAppointmentsTest {
  private final InMemoryAppointments appointments = new InMemoryAppointments();
  private final ClinicianId clinician = ClinicianId.newId();
  private final RoomId room = RoomId.newId();

  private Appointment esi(PatientId patient, ClinicianId by, RoomId in, Instant start) {
    return Appointment.bookProcedure(
        patient,
        ESI,
        ProcedureSite.NONE,
        null,
        new Placement(by, in, TimeSlot.of(start, Duration.ofMinutes(30)), TURNOVER),
        new Stamp(NOW, FRONT_DESK));
  }

  private Appointment esi(Instant start) {
    return esi(PatientId.newId(), clinician, room, start);
  }

  @Test
  void numbersVersionsFromZeroUpByOne() {
    Appointment saved = appointments.save(esi(at(MONDAY, "09:00")));
    saved.confirm(new Stamp(NOW, FRONT_DESK));

    Appointment again = appointments.save(saved);

    assertThat(saved.getVersion()).isZero();
    assertThat(again.getVersion()).isEqualTo(1);
    assertThat(appointments.find(saved.getId()).orElseThrow().getStatus())
        .isEqualTo(AppointmentStatus.CONFIRMED);
  }

  @Test
  void refusesAChangeMadeOnAStaleCopy() {
    Appointment saved = appointments.save(esi(at(MONDAY, "09:00")));
    Appointment first = appointments.find(saved.getId()).orElseThrow();
    Appointment second = appointments.find(saved.getId()).orElseThrow();
    first.confirm(new Stamp(NOW, FRONT_DESK));
    appointments.save(first);
    second.cancel("stale", new Stamp(NOW, FRONT_DESK));

    assertStale(0, 1, () -> appointments.save(second));
    assertThat(appointments.find(saved.getId()).orElseThrow().getStatus())
        .isEqualTo(AppointmentStatus.CONFIRMED);
  }

  @Test
  void handsOutCopies() {
    Appointment saved = appointments.save(esi(at(MONDAY, "09:00")));

    saved.confirm(new Stamp(NOW, FRONT_DESK));

    assertThat(appointments.find(saved.getId()).orElseThrow().getStatus())
        .isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void refusesOnSaveAnOverlapTheCallerDidNotCheck() {
    appointments.save(esi(at(MONDAY, "09:00")));

    assertConflict("SLOT_TAKEN", () -> appointments.save(esi(at(MONDAY, "09:35"))));
    assertThat(appointments.count()).isEqualTo(1);
  }

  @Test
  void listsTheConflictsResourceByResource() {
    PatientId ada = PatientId.newId();
    Appointment held = appointments.save(esi(ada, clinician, room, at(MONDAY, "09:00")));

    Appointment clash = esi(ada, clinician, RoomId.newId(), at(MONDAY, "09:15"));

    assertThat(appointments.conflictsOf(clash))
        .containsExactly(
            new SlotConflict(
                ResourceRef.Kind.CLINICIAN,
                clinician.value(),
                held.getId().value(),
                at(MONDAY, "09:00"),
                at(MONDAY, "09:30")),
            new SlotConflict(
                ResourceRef.Kind.PATIENT,
                ada.value(),
                held.getId().value(),
                at(MONDAY, "09:00"),
                at(MONDAY, "09:30")));
  }

  @Test
  void touchingTimeIsNoConflictAndFreedTimeIsNone() {
    Appointment held = appointments.save(esi(at(MONDAY, "09:00")));

    assertThat(appointments.conflictsOf(esi(at(MONDAY, "09:40")))).isEmpty();
    assertThat(appointments.conflictsOf(esi(at(MONDAY, "09:35")))).hasSize(2);

    held.cancel("freed", new Stamp(NOW, FRONT_DESK));
    appointments.save(held);

    assertThat(appointments.conflictsOf(esi(at(MONDAY, "09:35")))).isEmpty();
  }

  @Test
  void anAppointmentDoesNotConflictWithItself() {
    Appointment held = appointments.save(esi(at(MONDAY, "09:00")));

    assertThat(appointments.conflictsOf(held)).isEmpty();
  }
}
