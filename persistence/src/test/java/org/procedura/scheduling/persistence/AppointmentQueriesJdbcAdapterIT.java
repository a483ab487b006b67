package org.procedura.scheduling.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.persistence.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.patient;
import static org.procedura.scheduling.persistence.SchedulingFixtures.procedure;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentQueries;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Occupancy;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side of the appointment book on MariaDB: what each resource holds in a window, the day's
 * list, and a patient's appointments. Each test books with its own patient, clinician and room, so
 * that the others' bookings in the same schema do not count.
 */
@SpringBootTest
class AppointmentQueriesJdbcAdapterIT extends RealDatabaseTest {
  /** A Tuesday 09:00 in New York (EST), away from the other adapter tests' Monday. */
  private static final Instant NINE = Instant.parse("2027-03-02T14:00:00Z");

  @Autowired AppointmentQueries queries;
  @Autowired Appointments appointments;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;

  private Patient patient;
  private Clinician clinician;
  private Room room;

  @BeforeEach
  void resources() {
    patient = inTransaction(() -> patients.save(patient()));
    clinician = inTransaction(() -> clinicians.save(clinician()));
    room = inTransaction(() -> rooms.save(room()));
  }

  @Test
  void theClinicianAndRoomAreHeldThroughTheTurnoverThePatientOnlyForTheSlot() {
    book(NINE);
    // the slot is 09:00-09:30, the turnover holds the clinician and the room until 09:40
    Instant slotEnd = NINE.plus(Duration.ofMinutes(30));
    Instant heldUntil = NINE.plus(Duration.ofMinutes(40));

    assertThat(heldIn(new TimeSlot(slotEnd.minusSeconds(1), heldUntil.plusSeconds(60))))
        .containsExactlyInAnyOrder(
            new Occupancy(ResourceRef.of(clinician.getId()), new TimeSlot(NINE, heldUntil)),
            new Occupancy(ResourceRef.of(room.getId()), new TimeSlot(NINE, heldUntil)),
            new Occupancy(
                ResourceRef.ofPatient(patient.getId().value()), new TimeSlot(NINE, slotEnd)));
    assertThat(heldIn(new TimeSlot(slotEnd, heldUntil)))
        .extracting(held -> held.resource().kind())
        .containsExactlyInAnyOrder(ResourceRef.Kind.CLINICIAN, ResourceRef.Kind.ROOM);
    assertThat(heldIn(new TimeSlot(heldUntil, heldUntil.plus(Duration.ofHours(1))))).isEmpty();
  }

  @Test
  void aWindowEndingAsTheAppointmentStartsHoldsNothingOneSecondLaterItIsHeld() {
    book(NINE);

    assertThat(heldIn(new TimeSlot(NINE.minus(Duration.ofHours(1)), NINE))).isEmpty();
    assertThat(heldIn(new TimeSlot(NINE.minus(Duration.ofHours(1)), NINE.plusSeconds(1))))
        .hasSize(3);
  }

  @Test
  void anAppointmentThatStartedBeforeTheWindowStillHoldsWhatOverlapsIt() {
    book(NINE);

    assertThat(
            heldIn(new TimeSlot(NINE.plus(Duration.ofMinutes(10)), NINE.plus(Duration.ofHours(3)))))
        .hasSize(3)
        .allSatisfy(held -> assertThat(held.held().start()).isEqualTo(NINE));
  }

  @Test
  void aCancelledAppointmentHoldsNothing() {
    Appointment booked = book(NINE);
    inTransaction(
        () -> {
          Appointment loaded = appointments.find(booked.getId()).orElseThrow();
          loaded.cancel("patient unwell", new Stamp(NINE.minus(Duration.ofDays(1)), FRONT_DESK));
          return appointments.save(loaded);
        });

    assertThat(heldIn(new TimeSlot(NINE, NINE.plus(Duration.ofHours(1))))).isEmpty();
  }

  @Test
  void theDaysListStartsAtTheWindowsStartAndEndsBeforeItsEnd() {
    Instant eleven = NINE.plus(Duration.ofHours(2));
    AppointmentId atNine = book(NINE).getId();
    AppointmentId atEleven = book(eleven).getId();
    Clinician other = inTransaction(() -> clinicians.save(clinician()));
    Room otherRoom = inTransaction(() -> rooms.save(room()));
    Patient otherPatient = inTransaction(() -> patients.save(patient()));
    AppointmentId elsewhere =
        inTransaction(() -> appointments.save(procedure(otherPatient, other, otherRoom, NINE)))
            .getId();

    assertThat(ids(queries.startingWithin(new TimeSlot(NINE, eleven), clinician.getId(), null)))
        .containsExactly(atNine);
    assertThat(
            ids(
                queries.startingWithin(
                    new TimeSlot(NINE.plusSeconds(1), eleven.plusSeconds(1)),
                    clinician.getId(),
                    null)))
        .containsExactly(atEleven);
    assertThat(
            ids(
                queries.startingWithin(
                    new TimeSlot(NINE, eleven.plusSeconds(1)), null, room.getId())))
        .containsExactly(atNine, atEleven);
    assertThat(ids(queries.startingWithin(new TimeSlot(NINE, eleven), null, null)))
        .contains(atNine, elsewhere)
        .doesNotContain(atEleven);
    assertThat(ids(queries.startingWithin(new TimeSlot(NINE, eleven), other.getId(), room.getId())))
        .isEmpty();
  }

  @Test
  void aSummaryNamesThePatientClinicianAndRoom() {
    Appointment booked = book(NINE);

    AppointmentSummary summary =
        queries
            .startingWithin(new TimeSlot(NINE, NINE.plusSeconds(1)), clinician.getId(), null)
            .getFirst();

    assertThat(summary.id()).isEqualTo(booked.getId());
    assertThat(summary.patient()).isEqualTo(patient.getId());
    assertThat(summary.patientName())
        .isEqualTo(
            patient.getDemographics().name().given()
                + " "
                + patient.getDemographics().name().family());
    assertThat(summary.mrn()).isEqualTo(patient.getMrn().value());
    assertThat(summary.kind()).isEqualTo(AppointmentKind.PROCEDURE);
    assertThat(summary.procedureType()).isEqualTo(SchedulingFixtures.TF_LUMBAR);
    assertThat(summary.clinicianName()).isEqualTo(clinician.getDisplayName());
    assertThat(summary.room()).isEqualTo(room.getId());
    assertThat(summary.roomName()).isEqualTo(room.getSetup().name());
    assertThat(summary.slot()).isEqualTo(new TimeSlot(NINE, NINE.plus(Duration.ofMinutes(30))));
    assertThat(summary.status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void anAppointmentStartingNowIsUpcomingOneStartedASecondAgoIsPast() {
    Instant tenDaysLater = NINE.plus(Duration.ofDays(10));
    AppointmentId first = book(NINE).getId();
    AppointmentId second = book(NINE.plus(Duration.ofDays(3))).getId();
    AppointmentId third = book(tenDaysLater).getId();

    assertThat(ids(ofPatient(tenDaysLater, true, new PageQuery(0, 10)).content()))
        .containsExactly(third);
    assertThat(ids(ofPatient(tenDaysLater, false, new PageQuery(0, 10)).content()))
        .containsExactly(second, first);
    assertThat(ids(ofPatient(tenDaysLater.plusSeconds(1), false, new PageQuery(0, 10)).content()))
        .containsExactly(third, second, first);
    assertThat(ofPatient(NINE, true, new PageQuery(0, 10)).totalElements()).isEqualTo(3);
  }

  @Test
  void aPatientsAppointmentsComeAPageAtATimeWithTheirTotal() {
    List<AppointmentId> booked =
        List.of(
            book(NINE).getId(),
            book(NINE.plus(Duration.ofDays(1))).getId(),
            book(NINE.plus(Duration.ofDays(2))).getId());

    PageResult<AppointmentSummary> firstPage = ofPatient(NINE, true, new PageQuery(0, 2));
    PageResult<AppointmentSummary> secondPage = ofPatient(NINE, true, new PageQuery(1, 2));

    assertThat(ids(firstPage.content())).containsExactly(booked.get(0), booked.get(1));
    assertThat(ids(secondPage.content())).containsExactly(booked.get(2));
    assertThat(firstPage.totalElements()).isEqualTo(3);
    assertThat(secondPage.totalElements()).isEqualTo(3);
  }

  private Appointment book(Instant start) {
    return inTransaction(() -> appointments.save(procedure(patient, clinician, room, start)));
  }

  private List<Occupancy> heldIn(TimeSlot window) {
    return queries.heldTime(
        Set.of(
            ResourceRef.of(clinician.getId()),
            ResourceRef.of(room.getId()),
            ResourceRef.ofPatient(patient.getId().value())),
        window);
  }

  private PageResult<AppointmentSummary> ofPatient(Instant now, boolean upcoming, PageQuery page) {
    return queries.ofPatient(patient.getId(), now, upcoming, page);
  }

  private static List<AppointmentId> ids(List<AppointmentSummary> summaries) {
    return summaries.stream().map(AppointmentSummary::id).toList();
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }
}
