package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertConflict;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.UnprocessableException;

class BookVisitTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final BookProcedure bookProcedure = clinic.bookProcedure();
  private final BookVisit bookVisit = clinic.bookVisit();

  private Appointment book(BookProcedureCommand command) {
    return bookProcedure.book(command, FRONT_DESK, null);
  }

  private Appointment bookEsiAt(String localTime) {
    return book(clinic.esi(at(MONDAY, localTime)));
  }

  private BookVisitCommand consult(PatientId patient, Instant start) {
    return new BookVisitCommand(
        patient,
        AppointmentKind.CONSULT,
        clinic.alvarez.getId(),
        clinic.consult1.getId(),
        start,
        null);
  }

  private Appointment stored(Appointment appointment) {
    return clinic.appointments.find(appointment.getId()).orElseThrow();
  }

  private static void assertUnprocessable(String reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            UnprocessableException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static void assertSlotTaken(
      ResourceRef resource, Appointment holder, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("SLOT_TAKEN");
              assertThat(e.getMessage()).contains(resource.kind().name().toLowerCase());
              List<Object> details = List.copyOf(e.details());
              assertThat(details)
                  .contains(
                      new SlotConflict(
                          resource.kind(),
                          resource.id(),
                          holder.getId().value(),
                          holder.getPlacement().slot().start(),
                          holder.getPlacement().slot().end()));
            });
  }

  @Test
  void booksAConsultOfTheClinicsConsultLengthWithoutTurnover() {
    Appointment visit =
        bookVisit.book(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

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
                .book(consult(clinic.ada.getId(), at(MONDAY, "16:30")), NURSE, null)
                .getPlacement()
                .slot()
                .end())
        .isEqualTo(at(MONDAY, "17:00"));
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () -> bookVisit.book(consult(clinic.grace.getId(), at(MONDAY, "16:35")), NURSE, null));
  }

  @Test
  void aConsultRightAfterAnotherIsFine() {
    bookVisit.book(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    Appointment next =
        bookVisit.book(consult(clinic.grace.getId(), at(MONDAY, "09:30")), NURSE, null);

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:30"));
    assertConflict(
        "SLOT_TAKEN",
        () -> bookVisit.book(consult(clinic.grace.getId(), at(MONDAY, "09:25")), NURSE, null));
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
            () -> bookVisit.book(consult(PatientId.newId(), at(MONDAY, "09:00")), NURSE, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBookingWithoutAReferralTellsNoReferral() {
    bookVisit.book(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    assertThat(clinic.bookedFromReferrals).isEmpty();
  }
}
