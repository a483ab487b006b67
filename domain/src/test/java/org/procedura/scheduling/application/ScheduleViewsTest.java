package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FALL_BACK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.TUESDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.Stamp;

class ScheduleViewsTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final ScheduleViews views = clinic.views();

  private Appointment book(Patient patient, Instant start) {
    return clinic
        .bookProcedure()
        .book(clinic.esi(patient.getId(), clinic.alvarez, clinic.suiteA, start), FRONT_DESK, null);
  }

  /** An appointment as stored in the past, which booking itself would refuse. */
  private Appointment storedAt(PatientId patient, Instant start) {
    return clinic.appointments.save(
        new Appointment(
            AppointmentId.newId(),
            patient,
            AppointmentKind.PROCEDURE,
            ESI,
            TestClinic.LEFT_L4_L5,
            null,
            null,
            new Placement(
                clinic.alvarez.getId(),
                clinic.suiteA.getId(),
                TimeSlot.of(start, Duration.ofMinutes(30)),
                TURNOVER),
            AppointmentStatus.BOOKED,
            List.of(
                new AppointmentEvent(
                    AppointmentEvent.Type.BOOKED,
                    new Stamp(start.minus(Duration.ofDays(7)), FRONT_DESK),
                    null)),
            null));
  }

  private static List<Instant> starts(List<AppointmentSummary> summaries) {
    return summaries.stream().map(s -> s.slot().start()).toList();
  }

  @Test
  void listsADaysAppointmentsWithTheNamesStaffRead() {
    book(clinic.ada, at(MONDAY, "09:00"));

    List<AppointmentSummary> monday = views.day(MONDAY, null, null);

    assertThat(monday)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.patientName()).isEqualTo("Ada Lovelace");
              assertThat(s.mrn()).isEqualTo("MRN-0001");
              assertThat(s.clinicianName()).isEqualTo("Dr. Alvarez");
              assertThat(s.roomName()).isEqualTo("Suite A");
              assertThat(s.status()).isEqualTo(AppointmentStatus.BOOKED);
            });
  }

  @Test
  void aDayRunsFromLocalMidnightToLocalMidnight() {
    book(clinic.ada, at(MONDAY, "08:00"));
    book(clinic.grace, at(MONDAY, "16:30"));
    book(clinic.ada, at(TUESDAY, "08:00"));

    assertThat(starts(views.day(MONDAY, null, null)))
        .containsExactly(at(MONDAY, "08:00"), at(MONDAY, "16:30"));
    assertThat(starts(views.day(TUESDAY, null, null))).containsExactly(at(TUESDAY, "08:00"));
  }

  @Test
  void theDayClocksGoBackHasTwentyFiveHours() {
    // 23:20 + 30 minutes + turnover ends exactly at the next midnight
    storedAt(clinic.ada.getId(), at(FALL_BACK, "23:20"));
    storedAt(clinic.grace.getId(), at(FALL_BACK, "00:00"));
    storedAt(clinic.ada.getId(), at(FALL_BACK.plusDays(1), "00:00"));

    assertThat(starts(views.day(FALL_BACK, null, null)))
        .containsExactly(at(FALL_BACK, "00:00"), at(FALL_BACK, "23:20"));
    assertThat(Duration.between(at(FALL_BACK, "00:00"), at(FALL_BACK, "23:20")))
        .isEqualTo(Duration.ofHours(24).plusMinutes(20));
  }

  @Test
  void listsOnlyTheClinicianOrRoomAskedFor() {
    book(clinic.ada, at(MONDAY, "09:00"));
    clinic
        .bookProcedure()
        .book(
            clinic.tpi(clinic.grace.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:00")),
            FRONT_DESK,
            null);

    assertThat(views.day(MONDAY, clinic.brown.getId(), null))
        .extracting(AppointmentSummary::clinicianName)
        .containsExactly("Dr. Brown");
    assertThat(views.day(MONDAY, null, clinic.suiteA.getId()))
        .extracting(AppointmentSummary::roomName)
        .containsExactly("Suite A");
    assertThat(views.day(MONDAY, clinic.brown.getId(), clinic.suiteA.getId())).isEmpty();
  }

  @Test
  void listsAPatientsUpcomingAndPastAppointments() {
    Appointment past = storedAt(clinic.ada.getId(), at(LocalDate.of(2026, 11, 16), "09:00"));
    Appointment soon = book(clinic.ada, at(MONDAY, "09:00"));
    Appointment later = book(clinic.ada, at(TUESDAY, "09:00"));
    book(clinic.grace, at(MONDAY, "10:00"));

    PageResult<AppointmentSummary> upcoming =
        views.ofPatient(clinic.ada.getId(), true, new PageQuery(0, 10));
    PageResult<AppointmentSummary> before =
        views.ofPatient(clinic.ada.getId(), false, new PageQuery(0, 10));

    assertThat(upcoming.content())
        .extracting(AppointmentSummary::id)
        .containsExactly(soon.getId(), later.getId());
    assertThat(before.content()).extracting(AppointmentSummary::id).containsExactly(past.getId());
  }

  @Test
  void refusesTheScheduleOfAnUnknownPatient() {
    assertThatThrownBy(() -> views.ofPatient(PatientId.newId(), true, new PageQuery(0, 10)))
        .isInstanceOf(NotFoundException.class);
  }
}
