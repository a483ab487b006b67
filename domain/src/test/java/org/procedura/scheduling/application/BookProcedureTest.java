package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.application.TestClinic.LEFT_L4_L5;
import static org.procedura.scheduling.application.TestClinic.RETIRED;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NOW;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_4;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.SATURDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.clinician;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.scheduling.model.SchedulingFixtures.weekdays;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentEvent.Type;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

class BookProcedureTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final BookProcedure bookProcedure = clinic.bookProcedure();
  private final BookVisit bookVisit = clinic.bookVisit();

  @Test
  void booksAProcedureWithinWorkingHours() {
    Appointment appointment = bookProcedure.book(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, null);

    assertThat(appointment.getVersion()).isZero();
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getProcedureType()).isEqualTo(ESI);
    assertThat(appointment.getSite()).isEqualTo(LEFT_L4_L5);
    assertThat(appointment.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:30"));
    assertThat(appointment.getPlacement().turnover()).isEqualTo(TURNOVER);
    assertThat(appointment.getPlacement().clinician()).isEqualTo(clinic.alvarez.getId());
    assertThat(appointment.getPlacement().room()).isEqualTo(clinic.suiteA.getId());
    assertThat(appointment.getEvents())
        .containsExactly(new AppointmentEvent(Type.BOOKED, new Stamp(NOW, FRONT_DESK), null));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void takesTheLengthFromTheProcedureType() {
    Appointment tpi =
        clinic.book(
            clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:00")));

    assertThat(tpi.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:20"));
    assertThat(tpi.getSite()).isEqualTo(ProcedureSite.NONE);
  }

  @Test
  void keepsTheReferral() {
    UUID referral = UUID.randomUUID();
    BookProcedureCommand command =
        new BookProcedureCommand(
            clinic.ada.getId(),
            ESI,
            clinic.alvarez.getId(),
            clinic.suiteA.getId(),
            at(MONDAY, "09:00"),
            LEFT_L4_L5,
            referral);

    assertThat(clinic.book(command).getReferral()).isEqualTo(referral);
  }

  @Test
  void booksAtTheOpeningOfWorkingHours() {
    assertThat(clinic.bookEsiAt("08:00").getPlacement().slot().start())
        .isEqualTo(at(MONDAY, "08:00"));
  }

  @Test
  void refusesAStartFiveMinutesBeforeOpening() {
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> clinic.bookEsiAt("07:55"));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void booksAProcedureEndingExactlyAtClosingWithItsTurnoverAfterIt() {
    Appointment last = clinic.bookEsiAt("16:30");

    assertThat(last.getPlacement().held()).isEqualTo(slot(MONDAY, "16:30", "17:10"));
  }

  @Test
  void refusesAProcedureEndingFiveMinutesAfterClosing() {
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> clinic.bookEsiAt("16:35"));
  }

  @Test
  void refusesAProcedureOnADayNobodyWorks() {
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS", () -> clinic.book(clinic.esi(at(SATURDAY, "09:00"))));
  }

  @Test
  void refusesAProcedureWhenTheRoomDoesNotWork() {
    clinic.workingTime.replaceHours(
        ResourceRef.of(clinic.suiteA.getId()), weekdays("12:00", "17:00"));

    assertThatThrownBy(() -> clinic.bookEsiAt("09:00"))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("OUTSIDE_WORKING_HOURS");
              assertThat(e.getMessage()).startsWith("Suite A");
            });
  }

  @Test
  void refusesAProcedureDuringTheCliniciansTimeOff() {
    clinic.workingTime.add(
        Unavailability.of(
            ResourceRef.of(clinic.alvarez.getId()), slot(MONDAY, "12:00", "13:00"), "conference"));

    assertThatThrownBy(() -> clinic.bookEsiAt("12:30"))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("OUTSIDE_WORKING_HOURS");
              assertThat(e.getMessage()).contains("Dr. Alvarez").contains("conference");
            });
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> clinic.bookEsiAt("11:35"));
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> clinic.bookEsiAt("12:55"));
  }

  @Test
  void booksRightAfterTimeOffEnds() {
    clinic.workingTime.add(
        Unavailability.of(
            ResourceRef.of(clinic.suiteA.getId()), slot(MONDAY, "12:00", "13:00"), "servicing"));

    assertThat(clinic.bookEsiAt("13:00").getPlacement().slot().start())
        .isEqualTo(at(MONDAY, "13:00"));
  }

  @Test
  void booksAVisitEndingExactlyWhenTheRoomsTimeOffBegins() {
    clinic.workingTime.add(
        Unavailability.of(
            ResourceRef.of(clinic.consult1.getId()), slot(MONDAY, "12:00", "13:00"), "painting"));

    Appointment visit =
        bookVisit.book(clinic.consult(clinic.ada.getId(), at(MONDAY, "11:30")), NURSE, null);

    assertThat(visit.getPlacement().slot().end()).isEqualTo(at(MONDAY, "12:00"));
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () ->
            bookVisit.book(clinic.consult(clinic.grace.getId(), at(MONDAY, "11:35")), NURSE, null));
  }

  @Test
  void refusesAClinicianNotCredentialedForTheProcedure() {
    BookProcedureCommand byBrown =
        clinic.esi(clinic.ada.getId(), clinic.brown, clinic.suiteA, at(MONDAY, "09:00"));

    assertUnprocessable("CLINICIAN_NOT_CREDENTIALED", () -> clinic.book(byBrown));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void refusesAnInactiveClinicianEvenWhenCredentialed() {
    BookProcedureCommand byCruz =
        clinic.esi(clinic.ada.getId(), clinic.cruz, clinic.suiteA, at(MONDAY, "09:00"));

    assertUnprocessable("CLINICIAN_NOT_CREDENTIALED", () -> clinic.book(byCruz));
  }

  @Test
  void refusesARoomWithoutTheImagingTheProcedureNeeds() {
    BookProcedureCommand inSuiteB =
        clinic.esi(clinic.ada.getId(), clinic.alvarez, clinic.suiteB, at(MONDAY, "09:00"));

    assertUnprocessable("ROOM_UNSUITABLE", () -> clinic.book(inSuiteB));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void refusesAConsultRoomForAProcedure() {
    BookProcedureCommand inConsultRoom =
        clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.consult1, at(MONDAY, "09:00"));

    assertUnprocessable("ROOM_UNSUITABLE", () -> clinic.book(inConsultRoom));
  }

  @Test
  void refusesAProcedureTypeNoLongerOffered() {
    BookProcedureCommand retired =
        new BookProcedureCommand(
            clinic.ada.getId(),
            RETIRED,
            clinic.alvarez.getId(),
            clinic.suiteA.getId(),
            at(MONDAY, "09:00"),
            LEFT_L4_L5,
            null);

    assertUnprocessable("PROCEDURE_TYPE_INACTIVE", () -> clinic.book(retired));
  }

  @Test
  void refusesAnUnknownProcedureType() {
    BookProcedureCommand unknown =
        new BookProcedureCommand(
            clinic.ada.getId(),
            new ProcedureTypeCode("NOPE"),
            clinic.alvarez.getId(),
            clinic.suiteA.getId(),
            at(MONDAY, "09:00"),
            LEFT_L4_L5,
            null);

    assertThatThrownBy(() -> clinic.book(unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("procedure type"));
  }

  @Test
  void refusesASiteWithoutThePartsTheProcedureNeeds() {
    ProcedureSite noSide = new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), null);
    ProcedureSite noLevels = new ProcedureSite(SpinalRegion.LUMBAR, List.of(), Laterality.LEFT);

    assertInvalid("site.laterality", () -> clinic.book(withSite(noSide)));
    assertInvalid("site.levels", () -> clinic.book(withSite(noLevels)));
    assertInvalid("site.region", () -> clinic.book(withSite(ProcedureSite.NONE)));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void refusesASiteTheProcedureIsNotDoneAtAndBooksNothing() {
    ProcedureSite cervical =
        new ProcedureSite(SpinalRegion.CERVICAL, List.of("C5-C6"), Laterality.LEFT);
    ProcedureSite vertebra = new ProcedureSite(SpinalRegion.LUMBAR, List.of("L5"), Laterality.LEFT);

    assertInvalid("site.region", () -> clinic.book(withSite(cervical)));
    assertInvalid("site.levels", () -> clinic.book(withSite(vertebra)));
    assertThat(clinic.appointments.count()).isZero();
  }

  private BookProcedureCommand withSite(ProcedureSite site) {
    return new BookProcedureCommand(
        clinic.ada.getId(),
        ESI,
        clinic.alvarez.getId(),
        clinic.suiteA.getId(),
        at(MONDAY, "09:00"),
        site,
        null);
  }

  @Test
  void refusesAnUnknownPatient() {
    PatientId nobody = PatientId.newId();

    assertThatThrownBy(
            () ->
                clinic.book(clinic.esi(nobody, clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00"))))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("patient");
              assertThat(e.id()).isEqualTo(nobody.toString());
            });
  }

  @Test
  void refusesAnUnknownClinicianOrRoom() {
    BookProcedureCommand unknownClinician =
        new BookProcedureCommand(
            clinic.ada.getId(),
            ESI,
            ClinicianId.newId(),
            clinic.suiteA.getId(),
            at(MONDAY, "09:00"),
            LEFT_L4_L5,
            null);
    BookProcedureCommand unknownRoom =
        new BookProcedureCommand(
            clinic.ada.getId(),
            ESI,
            clinic.alvarez.getId(),
            RoomId.newId(),
            at(MONDAY, "09:00"),
            LEFT_L4_L5,
            null);

    assertThatThrownBy(() -> clinic.book(unknownClinician))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("clinician"));
    assertThatThrownBy(() -> clinic.book(unknownRoom))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("room"));
  }

  @Test
  void refusesAStartOffTheGrid() {
    assertInvalid("start", () -> clinic.bookEsiAt("09:03"));
  }

  @Test
  void refusesAStartInThePastAndAcceptsOneExactlyNow() {
    // now is Friday 10:00 in New York, within working hours
    assertInvalid("start", () -> clinic.book(clinic.esi(NOW.minus(Duration.ofMinutes(5)))));

    assertThat(clinic.book(clinic.esi(NOW)).getPlacement().slot().start()).isEqualTo(NOW);
  }

  @Test
  void refusesASecondBookingOfTheSameClinician() {
    Appointment first = clinic.bookEsiAt("09:00");
    BookProcedureCommand grace =
        clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:15"));
    // another room, so that only the clinician clashes
    BookProcedureCommand graceElsewhere =
        clinic.tpi(clinic.grace.getId(), clinic.alvarez, clinic.suiteB, at(MONDAY, "09:15"));

    TestClinic.assertSlotTaken(
        ResourceRef.of(clinic.alvarez.getId()), first, () -> clinic.book(graceElsewhere));
    assertConflict("SLOT_TAKEN", () -> clinic.book(grace));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesASecondBookingOfTheSameRoom() {
    Appointment first = clinic.bookEsiAt("09:00");
    Clinician diaz = clinic.clinicians.save(clinician("Dr. Diaz", NPI_4, ESI));
    clinic.workingTime.replaceHours(ResourceRef.of(diaz.getId()), weekdays("08:00", "17:00"));

    TestClinic.assertSlotTaken(
        ResourceRef.of(clinic.suiteA.getId()),
        first,
        () ->
            clinic.book(
                clinic.esi(clinic.grace.getId(), diaz, clinic.suiteA, at(MONDAY, "09:25"))));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesASecondBookingOfTheSamePatient() {
    Appointment first = clinic.bookEsiAt("09:00");

    TestClinic.assertSlotTaken(
        ResourceRef.ofPatient(clinic.ada.getId().value()),
        first,
        () ->
            clinic.book(
                clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:25"))));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesABookingThatStartsDuringTheTurnoverOfTheLast() {
    Appointment first = clinic.bookEsiAt("09:00");

    TestClinic.assertSlotTaken(
        ResourceRef.of(clinic.alvarez.getId()),
        first,
        () ->
            clinic.book(
                clinic.esi(
                    clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:35"))));
  }

  @Test
  void booksRightAfterTheTurnoverOfTheLast() {
    clinic.bookEsiAt("09:00");

    Appointment next =
        clinic.book(
            clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:40")));

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:40"));
    assertThat(clinic.appointments.count()).isEqualTo(2);
  }

  @Test
  void booksOneEndingWithItsTurnoverExactlyWhenTheNextStarts() {
    clinic.bookEsiAt("10:00");

    Appointment before =
        clinic.book(
            clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:20")));

    assertThat(before.getPlacement().held().end()).isEqualTo(at(MONDAY, "10:00"));
  }

  @Test
  void holdsThePatientWithoutTurnover() {
    clinic.bookEsiAt("09:00");

    Appointment next =
        clinic.book(
            clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:30")));

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:30"));
  }

  @Test
  void aCancelledAppointmentGivesItsTimeBack() {
    Appointment first = clinic.bookEsiAt("09:00");
    clinic.lifecycle().cancel(first.getId(), 0L, "patient unwell", NURSE);

    Appointment again =
        clinic.book(
            clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00")));

    assertThat(again.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:00"));
  }

  @Test
  void aSlotOfTheClinicsDayIsHeldAsTheRealBookWouldHoldIt() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    assertThat(clinic.stored(appointment).occupancy())
        .containsEntry(ResourceRef.of(clinic.suiteA.getId()), slot(MONDAY, "09:00", "09:40"))
        .containsEntry(
            ResourceRef.ofPatient(clinic.ada.getId().value()),
            new TimeSlot(at(MONDAY, "09:00"), at(MONDAY, "09:30")));
  }
}
