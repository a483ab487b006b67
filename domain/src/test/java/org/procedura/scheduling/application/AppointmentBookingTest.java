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
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentEvent.Type;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.UnprocessableException;

class AppointmentBookingTest {
  private static final IdempotencyKey KEY = new IdempotencyKey("booking-0001");

  private final TestClinic clinic = new TestClinic(CLOCK);
  private final AppointmentBooking booking = clinic.booking();

  private Appointment book(BookProcedureCommand command) {
    return booking.bookProcedure(command, FRONT_DESK, null).appointment();
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

  // booking a procedure

  @Test
  void booksAProcedureWithinWorkingHours() {
    Booking result = booking.bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, null);

    Appointment appointment = result.appointment();
    assertThat(result.replayed()).isFalse();
    assertThat(appointment.getVersion()).isZero();
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getProcedureType()).isEqualTo(ESI);
    assertThat(appointment.getSite()).isEqualTo(LEFT_L4_L5);
    assertThat(appointment.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:30"));
    assertThat(appointment.getPlacement().turnover()).isEqualTo(TURNOVER);
    assertThat(appointment.getPlacement().clinician()).isEqualTo(clinic.alvarez.getId());
    assertThat(appointment.getPlacement().room()).isEqualTo(clinic.suiteA.getId());
    assertThat(appointment.getEvents())
        .containsExactly(new AppointmentEvent(Type.BOOKED, NOW, FRONT_DESK, null));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void takesTheLengthFromTheProcedureType() {
    Appointment tpi =
        book(clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:00")));

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

    assertThat(book(command).getReferral()).isEqualTo(referral);
  }

  @Test
  void booksAtTheOpeningOfWorkingHours() {
    assertThat(bookEsiAt("08:00").getPlacement().slot().start()).isEqualTo(at(MONDAY, "08:00"));
  }

  @Test
  void refusesAStartFiveMinutesBeforeOpening() {
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> bookEsiAt("07:55"));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void booksAProcedureEndingExactlyAtClosingWithItsTurnoverAfterIt() {
    Appointment last = bookEsiAt("16:30");

    assertThat(last.getPlacement().held()).isEqualTo(slot(MONDAY, "16:30", "17:10"));
  }

  @Test
  void refusesAProcedureEndingFiveMinutesAfterClosing() {
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> bookEsiAt("16:35"));
  }

  @Test
  void refusesAProcedureOnADayNobodyWorks() {
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> book(clinic.esi(at(SATURDAY, "09:00"))));
  }

  @Test
  void refusesAProcedureWhenTheRoomDoesNotWork() {
    clinic.workingTime.replaceHours(
        ResourceRef.of(clinic.suiteA.getId()), weekdays("12:00", "17:00"));

    assertThatThrownBy(() -> bookEsiAt("09:00"))
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

    assertThatThrownBy(() -> bookEsiAt("12:30"))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("OUTSIDE_WORKING_HOURS");
              assertThat(e.getMessage()).contains("Dr. Alvarez").contains("conference");
            });
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> bookEsiAt("11:35"));
    assertUnprocessable("OUTSIDE_WORKING_HOURS", () -> bookEsiAt("12:55"));
  }

  @Test
  void booksRightAfterTimeOffEnds() {
    clinic.workingTime.add(
        Unavailability.of(
            ResourceRef.of(clinic.suiteA.getId()), slot(MONDAY, "12:00", "13:00"), "servicing"));

    assertThat(bookEsiAt("13:00").getPlacement().slot().start()).isEqualTo(at(MONDAY, "13:00"));
  }

  @Test
  void booksAVisitEndingExactlyWhenTheRoomsTimeOffBegins() {
    clinic.workingTime.add(
        Unavailability.of(
            ResourceRef.of(clinic.consult1.getId()), slot(MONDAY, "12:00", "13:00"), "painting"));

    Appointment visit =
        booking
            .bookVisit(consult(clinic.ada.getId(), at(MONDAY, "11:30")), NURSE, null)
            .appointment();

    assertThat(visit.getPlacement().slot().end()).isEqualTo(at(MONDAY, "12:00"));
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () -> booking.bookVisit(consult(clinic.grace.getId(), at(MONDAY, "11:35")), NURSE, null));
  }

  @Test
  void refusesAClinicianNotCredentialedForTheProcedure() {
    BookProcedureCommand byBrown =
        clinic.esi(clinic.ada.getId(), clinic.brown, clinic.suiteA, at(MONDAY, "09:00"));

    assertUnprocessable("CLINICIAN_NOT_CREDENTIALED", () -> book(byBrown));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void refusesAnInactiveClinicianEvenWhenCredentialed() {
    BookProcedureCommand byCruz =
        clinic.esi(clinic.ada.getId(), clinic.cruz, clinic.suiteA, at(MONDAY, "09:00"));

    assertUnprocessable("CLINICIAN_NOT_CREDENTIALED", () -> book(byCruz));
  }

  @Test
  void refusesARoomWithoutTheImagingTheProcedureNeeds() {
    BookProcedureCommand inSuiteB =
        clinic.esi(clinic.ada.getId(), clinic.alvarez, clinic.suiteB, at(MONDAY, "09:00"));

    assertUnprocessable("ROOM_UNSUITABLE", () -> book(inSuiteB));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void refusesAConsultRoomForAProcedure() {
    BookProcedureCommand inConsultRoom =
        clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.consult1, at(MONDAY, "09:00"));

    assertUnprocessable("ROOM_UNSUITABLE", () -> book(inConsultRoom));
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

    assertUnprocessable("PROCEDURE_TYPE_INACTIVE", () -> book(retired));
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

    assertThatThrownBy(() -> book(unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("procedure type"));
  }

  @Test
  void refusesASiteWithoutThePartsTheProcedureNeeds() {
    ProcedureSite noSide = new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), null);
    ProcedureSite noLevels = new ProcedureSite(SpinalRegion.LUMBAR, List.of(), Laterality.LEFT);

    assertInvalid("site.laterality", () -> book(withSite(noSide)));
    assertInvalid("site.levels", () -> book(withSite(noLevels)));
    assertInvalid("site.region", () -> book(withSite(ProcedureSite.NONE)));
    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void refusesASiteTheProcedureIsNotDoneAtAndBooksNothing() {
    ProcedureSite cervical =
        new ProcedureSite(SpinalRegion.CERVICAL, List.of("C5-C6"), Laterality.LEFT);
    ProcedureSite vertebra = new ProcedureSite(SpinalRegion.LUMBAR, List.of("L5"), Laterality.LEFT);

    assertInvalid("site.region", () -> book(withSite(cervical)));
    assertInvalid("site.levels", () -> book(withSite(vertebra)));
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
            () -> book(clinic.esi(nobody, clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00"))))
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

    assertThatThrownBy(() -> book(unknownClinician))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("clinician"));
    assertThatThrownBy(() -> book(unknownRoom))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("room"));
  }

  @Test
  void refusesAStartOffTheGrid() {
    assertInvalid("start", () -> bookEsiAt("09:03"));
  }

  @Test
  void refusesAStartInThePastAndAcceptsOneExactlyNow() {
    // now is Friday 10:00 in New York, within working hours
    assertInvalid("start", () -> book(clinic.esi(NOW.minus(Duration.ofMinutes(5)))));

    assertThat(book(clinic.esi(NOW)).getPlacement().slot().start()).isEqualTo(NOW);
  }

  // double booking

  @Test
  void refusesASecondBookingOfTheSameClinician() {
    Appointment first = bookEsiAt("09:00");
    BookProcedureCommand grace =
        clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:15"));
    // another room, so that only the clinician clashes
    BookProcedureCommand graceElsewhere =
        clinic.tpi(clinic.grace.getId(), clinic.alvarez, clinic.suiteB, at(MONDAY, "09:15"));

    assertSlotTaken(ResourceRef.of(clinic.alvarez.getId()), first, () -> book(graceElsewhere));
    assertConflict("SLOT_TAKEN", () -> book(grace));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesASecondBookingOfTheSameRoom() {
    Appointment first = bookEsiAt("09:00");
    Clinician diaz = clinic.clinicians.save(clinician("Dr. Diaz", NPI_4, ESI));
    clinic.workingTime.replaceHours(ResourceRef.of(diaz.getId()), weekdays("08:00", "17:00"));

    assertSlotTaken(
        ResourceRef.of(clinic.suiteA.getId()),
        first,
        () -> book(clinic.esi(clinic.grace.getId(), diaz, clinic.suiteA, at(MONDAY, "09:25"))));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesASecondBookingOfTheSamePatient() {
    Appointment first = bookEsiAt("09:00");

    assertSlotTaken(
        ResourceRef.ofPatient(clinic.ada.getId().value()),
        first,
        () ->
            book(clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:25"))));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesABookingThatStartsDuringTheTurnoverOfTheLast() {
    Appointment first = bookEsiAt("09:00");

    assertSlotTaken(
        ResourceRef.of(clinic.alvarez.getId()),
        first,
        () ->
            book(
                clinic.esi(
                    clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:35"))));
  }

  @Test
  void booksRightAfterTheTurnoverOfTheLast() {
    bookEsiAt("09:00");

    Appointment next =
        book(clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:40")));

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:40"));
    assertThat(clinic.appointments.count()).isEqualTo(2);
  }

  @Test
  void booksOneEndingWithItsTurnoverExactlyWhenTheNextStarts() {
    bookEsiAt("10:00");

    Appointment before =
        book(clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:20")));

    assertThat(before.getPlacement().held().end()).isEqualTo(at(MONDAY, "10:00"));
  }

  @Test
  void holdsThePatientWithoutTurnover() {
    bookEsiAt("09:00");

    Appointment next =
        book(clinic.tpi(clinic.ada.getId(), clinic.brown, clinic.suiteB, at(MONDAY, "09:30")));

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:30"));
  }

  @Test
  void aCancelledAppointmentGivesItsTimeBack() {
    Appointment first = bookEsiAt("09:00");
    clinic.lifecycle().cancel(first.getId(), 0L, "patient unwell", NURSE);

    Appointment again =
        book(clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00")));

    assertThat(again.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:00"));
  }

  // visits

  @Test
  void booksAConsultOfTheClinicsConsultLengthWithoutTurnover() {
    Booking result =
        booking.bookVisit(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    Appointment visit = result.appointment();
    assertThat(visit.getKind()).isEqualTo(AppointmentKind.CONSULT);
    assertThat(visit.getProcedureType()).isNull();
    assertThat(visit.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:30"));
    assertThat(visit.getPlacement().turnover()).isZero();
    assertThat(visit.getEvents().getFirst().by()).isEqualTo(NURSE);
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

    Appointment visit = booking.bookVisit(followUp, NURSE, null).appointment();

    assertThat(visit.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:20"));
  }

  @Test
  void booksAConsultEndingAtClosingButNotFiveMinutesLater() {
    assertThat(
            booking
                .bookVisit(consult(clinic.ada.getId(), at(MONDAY, "16:30")), NURSE, null)
                .appointment()
                .getPlacement()
                .slot()
                .end())
        .isEqualTo(at(MONDAY, "17:00"));
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () -> booking.bookVisit(consult(clinic.grace.getId(), at(MONDAY, "16:35")), NURSE, null));
  }

  @Test
  void aConsultRightAfterAnotherIsFine() {
    booking.bookVisit(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    Appointment next =
        booking
            .bookVisit(consult(clinic.grace.getId(), at(MONDAY, "09:30")), NURSE, null)
            .appointment();

    assertThat(next.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:30"));
    assertConflict(
        "SLOT_TAKEN",
        () -> booking.bookVisit(consult(clinic.grace.getId(), at(MONDAY, "09:25")), NURSE, null));
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

    assertUnprocessable("ROOM_UNSUITABLE", () -> booking.bookVisit(inSuite, NURSE, null));
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

    assertUnprocessable("CLINICIAN_INACTIVE", () -> booking.bookVisit(withCruz, NURSE, null));
  }

  @Test
  void refusesAVisitForAnUnknownPatient() {
    assertThatThrownBy(
            () -> booking.bookVisit(consult(PatientId.newId(), at(MONDAY, "09:00")), NURSE, null))
        .isInstanceOf(NotFoundException.class);
  }

  // idempotency

  @Test
  void replaysTheFirstBookingForTheSameKeyAndCommand() {
    BookProcedureCommand command = clinic.esi(at(MONDAY, "09:00"));
    Booking first = booking.bookProcedure(command, FRONT_DESK, KEY);

    Booking retried = booking.bookProcedure(command, FRONT_DESK, KEY);

    assertThat(first.replayed()).isFalse();
    assertThat(retried.replayed()).isTrue();
    assertThat(retried.appointment().getId()).isEqualTo(first.appointment().getId());
    assertThat(retried.appointment().getVersion()).isZero();
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void replaysAVisitForTheSameKeyAndCommand() {
    BookVisitCommand command = consult(clinic.ada.getId(), at(MONDAY, "09:00"));
    Booking first = booking.bookVisit(command, NURSE, KEY);

    Booking retried = booking.bookVisit(command, NURSE, KEY);

    assertThat(retried.replayed()).isTrue();
    assertThat(retried.appointment().getId()).isEqualTo(first.appointment().getId());
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesTheSameKeyForADifferentCommand() {
    booking.bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, KEY);

    assertUnprocessable(
        "IDEMPOTENCY_KEY_REUSED",
        () -> booking.bookProcedure(clinic.esi(at(MONDAY, "10:00")), FRONT_DESK, KEY));
    assertUnprocessable(
        "IDEMPOTENCY_KEY_REUSED",
        () -> booking.bookVisit(consult(clinic.ada.getId(), at(MONDAY, "11:00")), NURSE, KEY));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void anotherKeyForTheSameCommandIsANewBooking() {
    booking.bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, KEY);

    assertConflict(
        "SLOT_TAKEN",
        () ->
            booking.bookProcedure(
                clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, new IdempotencyKey("booking-0002")));
  }

  @Test
  void aKeyWhoseBookingFailedMayBeUsedAgain() {
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () -> booking.bookProcedure(clinic.esi(at(MONDAY, "07:00")), FRONT_DESK, KEY));

    Booking booked = booking.bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, KEY);

    assertThat(booked.replayed()).isFalse();
    assertThat(clinic.idempotencyKeys.completed()).isEqualTo(1);
  }

  @Test
  void theSameCommandGivesTheSameFingerprintAndAnotherADifferentOne() {
    BookProcedureCommand command = clinic.esi(at(MONDAY, "09:00"));

    assertThat(AppointmentBooking.fingerprint(command))
        .isEqualTo(AppointmentBooking.fingerprint(clinic.esi(at(MONDAY, "09:00"))))
        .isNotEqualTo(AppointmentBooking.fingerprint(clinic.esi(at(MONDAY, "09:05"))))
        .hasSize(64);
  }

  // rescheduling

  @Test
  void reschedulingMovesTheSlot() {
    Appointment appointment = bookEsiAt("09:00");

    Appointment moved =
        booking.reschedule(
            new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "11:00"), null, null), NURSE);

    assertThat(moved.getVersion()).isEqualTo(1);
    assertThat(moved.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(moved.getPlacement().slot()).isEqualTo(slot(MONDAY, "11:00", "11:30"));
    assertThat(moved.getPlacement().clinician()).isEqualTo(clinic.alvarez.getId());
    assertThat(moved.getPlacement().room()).isEqualTo(clinic.suiteA.getId());
    assertThat(moved.getEvents().getLast())
        .isEqualTo(
            new AppointmentEvent(Type.RESCHEDULED, NOW, NURSE, "from " + at(MONDAY, "09:00")));
    assertThat(stored(appointment).getPlacement().slot().start()).isEqualTo(at(MONDAY, "11:00"));
  }

  @Test
  void reschedulingFreesTheOldSlot() {
    Appointment appointment = bookEsiAt("09:00");
    booking.reschedule(
        new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "11:00"), null, null), NURSE);

    Appointment other =
        book(clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00")));

    assertThat(other.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:00"));
  }

  @Test
  void reschedulingMayOverlapTheAppointmentsOwnOldSlot() {
    Appointment appointment = bookEsiAt("09:00");

    Appointment moved =
        booking.reschedule(
            new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "09:15"), null, null), NURSE);

    assertThat(moved.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:15"));
  }

  @Test
  void reschedulingMayChangeTheClinicianAndTheRoom() {
    Appointment tpi =
        book(clinic.tpi(clinic.ada.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00")));

    Appointment moved =
        booking.reschedule(
            new RescheduleCommand(
                tpi.getId(), 0L, at(MONDAY, "10:00"), clinic.brown.getId(), clinic.suiteB.getId()),
            NURSE);

    assertThat(moved.getPlacement().clinician()).isEqualTo(clinic.brown.getId());
    assertThat(moved.getPlacement().room()).isEqualTo(clinic.suiteB.getId());
    assertThat(moved.getPlacement().slot()).isEqualTo(slot(MONDAY, "10:00", "10:20"));
  }

  @Test
  void reschedulingAConfirmedAppointmentNeedsItConfirmedAgain() {
    Appointment appointment = bookEsiAt("09:00");
    clinic.lifecycle().confirm(appointment.getId(), 0L, NURSE);

    Appointment moved =
        booking.reschedule(
            new RescheduleCommand(appointment.getId(), 1L, at(MONDAY, "11:00"), null, null), NURSE);

    assertThat(moved.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(moved.getVersion()).isEqualTo(2);
  }

  @Test
  void refusesToRescheduleAStaleCopy() {
    Appointment appointment = bookEsiAt("09:00");
    clinic.lifecycle().confirm(appointment.getId(), 0L, NURSE);

    assertStale(
        0,
        1,
        () ->
            booking.reschedule(
                new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "11:00"), null, null),
                NURSE));
    assertThat(stored(appointment).getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:00"));
  }

  @Test
  void reschedulesAConfirmedAppointmentAtTheVersionSeen() {
    Appointment appointment = bookEsiAt("09:00");
    clinic.lifecycle().confirm(appointment.getId(), 0L, NURSE);

    Appointment moved =
        booking.reschedule(
            new RescheduleCommand(appointment.getId(), 1L, at(MONDAY, "11:00"), null, null), NURSE);

    assertThat(moved.getPlacement().slot().start()).isEqualTo(at(MONDAY, "11:00"));
  }

  @Test
  void refusesToRescheduleOntoTakenTimeAndKeepsTheOldSlot() {
    Appointment mine = bookEsiAt("09:00");
    Appointment theirs =
        book(clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "11:00")));

    assertSlotTaken(
        ResourceRef.of(clinic.alvarez.getId()),
        theirs,
        () ->
            booking.reschedule(
                new RescheduleCommand(mine.getId(), 0L, at(MONDAY, "11:20"), null, null), NURSE));

    Appointment kept = stored(mine);
    assertThat(kept.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:30"));
    assertThat(kept.getVersion()).isZero();
    assertThat(kept.getEvents()).hasSize(1);
    assertConflict(
        "SLOT_TAKEN",
        () ->
            book(
                clinic.tpi(
                    clinic.grace.getId(), clinic.alvarez, clinic.suiteB, at(MONDAY, "09:00"))));
  }

  @Test
  void refusesToRescheduleToAClinicianNotCredentialed() {
    Appointment appointment = bookEsiAt("09:00");

    assertUnprocessable(
        "CLINICIAN_NOT_CREDENTIALED",
        () ->
            booking.reschedule(
                new RescheduleCommand(
                    appointment.getId(), 0L, at(MONDAY, "11:00"), clinic.brown.getId(), null),
                NURSE));
  }

  @Test
  void refusesToRescheduleToAnUnsuitableRoom() {
    Appointment appointment = bookEsiAt("09:00");

    assertUnprocessable(
        "ROOM_UNSUITABLE",
        () ->
            booking.reschedule(
                new RescheduleCommand(
                    appointment.getId(), 0L, at(MONDAY, "11:00"), null, clinic.suiteB.getId()),
                NURSE));
  }

  @Test
  void refusesToRescheduleAVisitIntoAProcedureSuite() {
    Appointment visit =
        booking
            .bookVisit(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null)
            .appointment();

    assertUnprocessable(
        "ROOM_UNSUITABLE",
        () ->
            booking.reschedule(
                new RescheduleCommand(
                    visit.getId(), 0L, at(MONDAY, "11:00"), null, clinic.suiteA.getId()),
                NURSE));
  }

  @Test
  void refusesToRescheduleAVisitToAnInactiveClinician() {
    Appointment visit =
        booking
            .bookVisit(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null)
            .appointment();

    assertUnprocessable(
        "CLINICIAN_INACTIVE",
        () ->
            booking.reschedule(
                new RescheduleCommand(
                    visit.getId(), 0L, at(MONDAY, "11:00"), clinic.cruz.getId(), null),
                NURSE));
  }

  @Test
  void refusesToRescheduleOutsideWorkingHours() {
    Appointment appointment = bookEsiAt("09:00");

    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () ->
            booking.reschedule(
                new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "16:35"), null, null),
                NURSE));
  }

  @Test
  void refusesToRescheduleACancelledAppointment() {
    Appointment appointment = bookEsiAt("09:00");
    clinic.lifecycle().cancel(appointment.getId(), 0L, "not needed", NURSE);

    assertThatThrownBy(
            () ->
                booking.reschedule(
                    new RescheduleCommand(appointment.getId(), 1L, at(MONDAY, "11:00"), null, null),
                    NURSE))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo("CANCELLED");
              assertThat(e.requestedState()).isEqualTo("BOOKED");
            });
  }

  @Test
  void refusesToRescheduleIntoThePast() {
    Appointment appointment = bookEsiAt("09:00");

    assertInvalid(
        "start",
        () ->
            booking.reschedule(
                new RescheduleCommand(
                    appointment.getId(), 0L, NOW.minus(Duration.ofMinutes(5)), null, null),
                NURSE));
  }

  @Test
  void refusesToRescheduleAnUnknownAppointment() {
    assertThatThrownBy(
            () ->
                booking.reschedule(
                    new RescheduleCommand(
                        AppointmentId.newId(), 0L, at(MONDAY, "11:00"), null, null),
                    NURSE))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("appointment"));
  }

  @Test
  void aSlotOfTheClinicsDayIsHeldAsTheRealBookWouldHoldIt() {
    Appointment appointment = bookEsiAt("09:00");

    assertThat(stored(appointment).occupancy())
        .containsEntry(ResourceRef.of(clinic.suiteA.getId()), slot(MONDAY, "09:00", "09:40"))
        .containsEntry(
            ResourceRef.ofPatient(clinic.ada.getId().value()),
            new TimeSlot(at(MONDAY, "09:00"), at(MONDAY, "09:30")));
  }

  @Test
  void aBookingFromAReferralTellsTheReferralOnceEvenWhenReplayed() {
    java.util.UUID referral = java.util.UUID.randomUUID();
    BookVisitCommand fromReferral =
        new BookVisitCommand(
            clinic.ada.getId(),
            AppointmentKind.CONSULT,
            clinic.alvarez.getId(),
            clinic.consult1.getId(),
            at(MONDAY, "09:00"),
            referral);
    var key = new org.procedura.scheduling.model.IdempotencyKey("referral-visit-1");

    Appointment booked = booking.bookVisit(fromReferral, NURSE, key).appointment();
    booking.bookVisit(fromReferral, NURSE, key);

    assertThat(clinic.bookedFromReferrals).containsExactly(referral + " -> " + booked.getId());
  }

  @Test
  void aBookingWithoutAReferralTellsNoReferral() {
    booking.bookVisit(consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    assertThat(clinic.bookedFromReferrals).isEmpty();
  }
}
