package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import org.junit.jupiter.api.Test;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.shared.model.NotFoundException;

class BookVisitTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final BookProcedure bookProcedure = clinic.bookProcedure();
  private final BookVisit bookVisit = clinic.bookVisit();

  @Test
  void booksAConsultOfTheClinicsConsultLengthWithoutTurnover() {
    Appointment visit =
        bookVisit.book(clinic.consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    assertThat(visit.getKind()).isEqualTo(AppointmentKind.CONSULT);
    assertThat(visit.getProcedureType()).isNull();
    assertThat(visit.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:30"));
    assertThat(visit.getPlacement().turnover()).isZero();
    assertThat(visit.getEvents().getFirst().stamp().by()).isEqualTo(NURSE);
  }

  @Test
  void booksAFollowUpOfTheClinicsFollowUpLength() {
    BookVisitCommand followUp =
        new BookVisitCommand(
            clinic.ada.getId(),
            AppointmentKind.FOLLOW_UP,
            clinic.brown.getId(),
            clinic.consult1.getId(),
            at(MONDAY, "09:00"),
            null);

    Appointment visit = bookVisit.book(followUp, NURSE, null);

    assertThat(visit.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:20"));
  }

  @Test
  void booksAConsultEndingAtClosingButNotFiveMinutesLater() {
    assertThat(
            bookVisit
                .book(clinic.consult(clinic.ada.getId(), at(MONDAY, "16:30")), NURSE, null)
                .getPlacement()
                .slot()
                .end())
        .isEqualTo(at(MONDAY, "17:00"));
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () ->
            bookVisit.book(clinic.consult(clinic.grace.getId(), at(MONDAY, "16:35")), NURSE, null));
  }

  @Test
  void aConsultRightAfterAnotherIsFine() {
    bookVisit.book(clinic.consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    Appointment next =
        bookVisit.book(clinic.consult(clinic.grace.getId(), at(MONDAY, "09:30")), NURSE, null);

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:30"));
    assertConflict(
        "SLOT_TAKEN",
        () ->
            bookVisit.book(clinic.consult(clinic.grace.getId(), at(MONDAY, "09:25")), NURSE, null));
  }

  @Test
  void refusesAVisitOutsideAConsultRoom() {
    BookVisitCommand inSuite =
        new BookVisitCommand(
            clinic.ada.getId(),
            AppointmentKind.CONSULT,
            clinic.alvarez.getId(),
            clinic.suiteA.getId(),
            at(MONDAY, "09:00"),
            null);

    assertUnprocessable("ROOM_UNSUITABLE", () -> bookVisit.book(inSuite, NURSE, null));
  }

  @Test
  void refusesAVisitWithAnInactiveClinician() {
    BookVisitCommand withCruz =
        new BookVisitCommand(
            clinic.ada.getId(),
            AppointmentKind.CONSULT,
            clinic.cruz.getId(),
            clinic.consult1.getId(),
            at(MONDAY, "09:00"),
            null);

    assertUnprocessable("CLINICIAN_INACTIVE", () -> bookVisit.book(withCruz, NURSE, null));
  }

  @Test
  void refusesAVisitForAnUnknownPatient() {
    assertThatThrownBy(
            () ->
                bookVisit.book(clinic.consult(PatientId.newId(), at(MONDAY, "09:00")), NURSE, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBookingWithoutAReferralTellsNoReferral() {
    bookVisit.book(clinic.consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    assertThat(clinic.bookedFromReferrals).isEmpty();
  }
}
