package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NOW;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentEvent.Type;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.Stamp;

class AppointmentTest {
  private static final Instant START = at(MONDAY, "09:00");
  private static final ProcedureSite LEFT_L4_L5 =
      new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT);
  private static final Actor DOCTOR = new Actor("dr.alvarez");

  private final PatientId patient = PatientId.newId();
  private final ClinicianId clinician = ClinicianId.newId();
  private final RoomId room = RoomId.newId();

  private Placement placementAt(Instant start) {
    return new Placement(clinician, room, TimeSlot.of(start, Duration.ofMinutes(30)), TURNOVER);
  }

  private Appointment bookedAt(Instant start) {
    return Appointment.bookProcedure(
        patient, ESI, LEFT_L4_L5, null, placementAt(start), new Stamp(NOW, FRONT_DESK));
  }

  private Appointment booked() {
    return bookedAt(START);
  }

  private static void assertIllegal(
      AppointmentStatus current, AppointmentStatus requested, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(current.name());
              assertThat(e.requestedState()).isEqualTo(requested.name());
              assertThat(e.resource()).startsWith("appointment ");
            });
  }

  @Test
  void aNewBookingIsBookedUnstoredAndRecordsWhoBookedItAndWhen() {
    Appointment appointment = booked();

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getVersion()).isNull();
    assertThat(appointment.getKind()).isEqualTo(AppointmentKind.PROCEDURE);
    assertThat(appointment.getProcedureType()).isEqualTo(ESI);
    assertThat(appointment.getSite()).isEqualTo(LEFT_L4_L5);
    assertThat(appointment.getEvents())
        .containsExactly(new AppointmentEvent(Type.BOOKED, new Stamp(NOW, FRONT_DESK), null));
  }

  @Test
  void refusesABookingThatStartsInThePast() {
    assertInvalid("start", () -> bookedAt(NOW.minus(Duration.ofMinutes(5))));
  }

  @Test
  void acceptsABookingStartingExactlyNow() {
    assertThat(bookedAt(NOW).getPlacement().slot().start()).isEqualTo(NOW);
  }

  @Test
  void refusesAStartOffTheFiveMinuteGrid() {
    assertInvalid("start", () -> placementAt(at(MONDAY, "09:03")));
    assertInvalid("start", () -> placementAt(START.plusNanos(1)));
  }

  @Test
  void refusesANegativeTurnover() {
    assertInvalid(
        "turnover",
        () ->
            new Placement(clinician, room, slot(MONDAY, "09:00", "09:30"), Duration.ofMinutes(-5)));
  }

  @Test
  void aVisitIsAConsultOrAFollowUpWithoutProcedureType() {
    Appointment consult =
        Appointment.bookVisit(
            patient, AppointmentKind.CONSULT, null, placementAt(START), new Stamp(NOW, FRONT_DESK));

    assertThat(consult.getKind()).isEqualTo(AppointmentKind.CONSULT);
    assertThat(consult.getProcedureType()).isNull();
    assertThat(consult.getSite()).isEqualTo(ProcedureSite.NONE);
    assertInvalid(
        "kind",
        () ->
            Appointment.bookVisit(
                patient,
                AppointmentKind.PROCEDURE,
                null,
                placementAt(START),
                new Stamp(NOW, FRONT_DESK)));
  }

  @Test
  void aProcedureAndOnlyAProcedureNamesItsProcedureType() {
    assertInvalid(
        "procedureType",
        () ->
            Appointment.bookProcedure(
                patient,
                null,
                ProcedureSite.NONE,
                null,
                placementAt(START),
                new Stamp(NOW, FRONT_DESK)));
    assertInvalid(
        "procedureType",
        () ->
            new Appointment(
                AppointmentId.newId(),
                patient,
                AppointmentKind.CONSULT,
                ESI,
                null,
                null,
                null,
                placementAt(START),
                AppointmentStatus.BOOKED,
                List.of(),
                0L));
  }

  @Test
  void keepsTheReferral() {
    UUID referral = UUID.randomUUID();

    Appointment appointment =
        Appointment.bookProcedure(
            patient, ESI, LEFT_L4_L5, referral, placementAt(START), new Stamp(NOW, FRONT_DESK));

    assertThat(appointment.getReferral()).isEqualTo(referral);
  }

  @Test
  void aProcedureIsBookedAsDiagnosticOrTherapeuticAndAVisitAsNeither() {
    Appointment diagnostic =
        Appointment.bookProcedure(
            patient,
            ESI,
            ProcedurePurpose.DIAGNOSTIC,
            LEFT_L4_L5,
            null,
            placementAt(START),
            new Stamp(NOW, FRONT_DESK));

    assertThat(diagnostic.getPurpose()).isEqualTo(ProcedurePurpose.DIAGNOSTIC);
    assertInvalid(
        "purpose",
        () ->
            Appointment.bookProcedure(
                patient,
                ESI,
                ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC,
                LEFT_L4_L5,
                null,
                placementAt(START),
                new Stamp(NOW, FRONT_DESK)));
    assertInvalid(
        "purpose",
        () ->
            new Appointment(
                AppointmentId.newId(),
                patient,
                AppointmentKind.CONSULT,
                null,
                null,
                null,
                ProcedurePurpose.THERAPEUTIC,
                placementAt(START),
                AppointmentStatus.BOOKED,
                List.of(),
                0L));
  }

  @Test
  void holdsClinicianAndRoomForTheSlotAndTurnoverAndThePatientForTheSlot() {
    Map<ResourceRef, TimeSlot> held = booked().occupancy();

    assertThat(held)
        .containsOnly(
            Map.entry(ResourceRef.of(clinician), slot(MONDAY, "09:00", "09:40")),
            Map.entry(ResourceRef.of(room), slot(MONDAY, "09:00", "09:40")),
            Map.entry(ResourceRef.ofPatient(patient.value()), slot(MONDAY, "09:00", "09:30")));
  }

  @Test
  void aVisitHoldsEveryoneForTheSlotOnly() {
    Appointment visit =
        Appointment.bookVisit(
            patient,
            AppointmentKind.FOLLOW_UP,
            null,
            new Placement(clinician, room, slot(MONDAY, "09:00", "09:20"), Duration.ZERO),
            new Stamp(NOW, FRONT_DESK));

    assertThat(visit.occupancy().values()).containsOnly(slot(MONDAY, "09:00", "09:20")).hasSize(3);
  }

  @Test
  void confirmingRecordsWhoAndWhen() {
    Appointment appointment = booked();
    Instant later = NOW.plus(Duration.ofHours(1));

    appointment.confirm(new Stamp(later, NURSE));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(appointment.getEvents().getLast())
        .isEqualTo(new AppointmentEvent(Type.CONFIRMED, new Stamp(later, NURSE), null));
  }

  @Test
  void recordsEveryStepOfTheDayWithItsActorAndTime() {
    Appointment appointment = booked();
    Instant confirmedAt = NOW.plus(Duration.ofHours(1));
    Instant arrivedAt = START.minus(Duration.ofMinutes(20));
    Instant startedAt = START.plus(Duration.ofMinutes(2));
    Instant doneAt = START.plus(Duration.ofMinutes(31));

    appointment.confirm(new Stamp(confirmedAt, FRONT_DESK));
    appointment.checkIn(new Stamp(arrivedAt, NURSE));
    appointment.start(new Stamp(startedAt, DOCTOR));
    appointment.complete(new Stamp(doneAt, DOCTOR));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(appointment.getEvents())
        .containsExactly(
            new AppointmentEvent(Type.BOOKED, new Stamp(NOW, FRONT_DESK), null),
            new AppointmentEvent(Type.CONFIRMED, new Stamp(confirmedAt, FRONT_DESK), null),
            new AppointmentEvent(Type.CHECKED_IN, new Stamp(arrivedAt, NURSE), null),
            new AppointmentEvent(Type.STARTED, new Stamp(startedAt, DOCTOR), null),
            new AppointmentEvent(Type.COMPLETED, new Stamp(doneAt, DOCTOR), null));
    assertThat(appointment.occupancy()).hasSize(3);
  }

  @Test
  void cancellingNeedsAReason() {
    Appointment appointment = booked();

    assertInvalid("reason", () -> appointment.cancel(null, new Stamp(NOW, FRONT_DESK)));
    assertInvalid("reason", () -> appointment.cancel("   ", new Stamp(NOW, FRONT_DESK)));
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getEvents()).hasSize(1);
  }

  @Test
  void acceptsAReasonOfFiveHundredCharactersAndRefusesOneMore() {
    assertInvalid("reason", () -> booked().cancel("x".repeat(501), new Stamp(NOW, FRONT_DESK)));

    Appointment appointment = booked();
    appointment.cancel("x".repeat(500), new Stamp(NOW, FRONT_DESK));

    assertThat(appointment.getEvents().getLast().note()).hasSize(500);
  }

  @Test
  void cancellingRecordsTheReasonAndFreesTheTime() {
    Appointment appointment = booked();

    appointment.cancel("  patient has the flu ", new Stamp(NOW, NURSE));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(appointment.getEvents().getLast())
        .isEqualTo(
            new AppointmentEvent(Type.CANCELLED, new Stamp(NOW, NURSE), "patient has the flu"));
    assertThat(appointment.occupancy()).isEmpty();
  }

  @Test
  void refusesANoShowBeforeTheStart() {
    Appointment appointment = booked();

    assertUnprocessable(
        "APPOINTMENT_NOT_STARTED",
        () -> appointment.markNoShow(new Stamp(START.minusNanos(1), NURSE)));
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void acceptsANoShowExactlyAtTheStartAndFreesTheTime() {
    Appointment appointment = booked();

    appointment.markNoShow(new Stamp(START, NURSE));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(appointment.getEvents().getLast())
        .isEqualTo(new AppointmentEvent(Type.NO_SHOW, new Stamp(START, NURSE), null));
    assertThat(appointment.occupancy()).isEmpty();
  }

  @Test
  void refusesACheckInMoreThanTwelveHoursBeforeTheStart() {
    Appointment appointment = booked();
    Instant tooEarly = START.minus(Duration.ofHours(12)).minusNanos(1);

    assertUnprocessable(
        "TOO_EARLY_TO_CHECK_IN", () -> appointment.checkIn(new Stamp(tooEarly, NURSE)));
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void acceptsACheckInExactlyTwelveHoursBeforeTheStart() {
    Appointment appointment = booked();
    Instant opens = START.minus(Duration.ofHours(12));

    appointment.checkIn(new Stamp(opens, NURSE));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(appointment.getEvents().getLast())
        .isEqualTo(new AppointmentEvent(Type.CHECKED_IN, new Stamp(opens, NURSE), null));
  }

  @Test
  void refusesToCompleteWhatHasNotStarted() {
    Appointment appointment = booked();

    assertIllegal(
        AppointmentStatus.BOOKED,
        AppointmentStatus.COMPLETED,
        () -> appointment.complete(new Stamp(START, DOCTOR)));
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getEvents()).hasSize(1);
  }

  @Test
  void refusesToStartBeforeCheckIn() {
    Appointment appointment = booked();
    appointment.confirm(new Stamp(NOW, FRONT_DESK));

    assertIllegal(
        AppointmentStatus.CONFIRMED,
        AppointmentStatus.IN_PROGRESS,
        () -> appointment.start(new Stamp(START, DOCTOR)));
  }

  @Test
  void refusesToConfirmTwice() {
    Appointment appointment = booked();
    appointment.confirm(new Stamp(NOW, FRONT_DESK));

    assertIllegal(
        AppointmentStatus.CONFIRMED,
        AppointmentStatus.CONFIRMED,
        () -> appointment.confirm(new Stamp(NOW, FRONT_DESK)));
  }

  @Test
  void refusesAnyStepAfterCancelling() {
    Appointment appointment = booked();
    appointment.cancel("moved away", new Stamp(NOW, FRONT_DESK));

    assertIllegal(
        AppointmentStatus.CANCELLED,
        AppointmentStatus.CONFIRMED,
        () -> appointment.confirm(new Stamp(NOW, FRONT_DESK)));
    assertIllegal(
        AppointmentStatus.CANCELLED,
        AppointmentStatus.CHECKED_IN,
        () -> appointment.checkIn(new Stamp(START, NURSE)));
    assertIllegal(
        AppointmentStatus.CANCELLED,
        AppointmentStatus.CANCELLED,
        () -> appointment.cancel("again", new Stamp(NOW, FRONT_DESK)));
  }

  @Test
  void refusesToCancelOrMarkNoShowOnceInProgress() {
    Appointment appointment = booked();
    appointment.checkIn(new Stamp(START.minus(Duration.ofMinutes(30)), NURSE));
    appointment.start(new Stamp(START, DOCTOR));

    assertIllegal(
        AppointmentStatus.IN_PROGRESS,
        AppointmentStatus.CANCELLED,
        () -> appointment.cancel("changed mind", new Stamp(START, NURSE)));
    assertIllegal(
        AppointmentStatus.IN_PROGRESS,
        AppointmentStatus.NO_SHOW,
        () -> appointment.markNoShow(new Stamp(START, NURSE)));
  }

  @Test
  void namesTheAppointmentInARefusedTransition() {
    Appointment appointment = booked();

    assertThatThrownBy(() -> appointment.complete(new Stamp(START, DOCTOR)))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.resource()).isEqualTo("appointment " + appointment.getId()))
        .hasMessageContaining("BOOKED")
        .hasMessageContaining("COMPLETED");
  }

  @Test
  void reschedulingMovesTheSlotAndRecordsWhoMovedItFromWhen() {
    Appointment appointment = booked();
    ClinicianId other = ClinicianId.newId();
    RoomId otherRoom = RoomId.newId();
    Placement moved = new Placement(other, otherRoom, slot(MONDAY, "11:00", "11:30"), TURNOVER);
    Instant movedAt = NOW.plus(Duration.ofMinutes(7));

    appointment.reschedule(moved, new Stamp(movedAt, NURSE));

    assertThat(appointment.getPlacement()).isEqualTo(moved);
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getEvents().getLast())
        .isEqualTo(
            new AppointmentEvent(Type.RESCHEDULED, new Stamp(movedAt, NURSE), "from " + START));
    assertThat(appointment.occupancy())
        .containsKeys(ResourceRef.of(other), ResourceRef.of(otherRoom));
    assertThat(appointment.occupancy()).doesNotContainKeys(ResourceRef.of(clinician));
  }

  @Test
  void aRescheduledConfirmedAppointmentIsBookedAgain() {
    Appointment appointment = booked();
    appointment.confirm(new Stamp(NOW, FRONT_DESK));

    appointment.reschedule(placementAt(at(MONDAY, "13:00")), new Stamp(NOW, FRONT_DESK));

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void refusesToRescheduleOnceCheckedIn() {
    Appointment appointment = booked();
    appointment.checkIn(new Stamp(START.minus(Duration.ofHours(1)), NURSE));

    assertIllegal(
        AppointmentStatus.CHECKED_IN,
        AppointmentStatus.BOOKED,
        () -> appointment.reschedule(placementAt(at(MONDAY, "13:00")), new Stamp(NOW, FRONT_DESK)));
    assertThat(appointment.getPlacement().slot().start()).isEqualTo(START);
  }

  @Test
  void refusesToRescheduleACancelledAppointment() {
    Appointment appointment = booked();
    appointment.cancel("no longer needed", new Stamp(NOW, FRONT_DESK));

    assertIllegal(
        AppointmentStatus.CANCELLED,
        AppointmentStatus.BOOKED,
        () -> appointment.reschedule(placementAt(at(MONDAY, "13:00")), new Stamp(NOW, FRONT_DESK)));
  }

  @Test
  void aRescheduledAppointmentKeepsItsLength() {
    Appointment appointment = booked();
    Placement longer = new Placement(clinician, room, slot(MONDAY, "13:00", "13:35"), TURNOVER);

    assertInvalid("start", () -> appointment.reschedule(longer, new Stamp(NOW, FRONT_DESK)));
    assertThat(appointment.getPlacement().slot().start()).isEqualTo(START);
  }

  @Test
  void refusesToRescheduleIntoThePastAndAcceptsExactlyNow() {
    Appointment appointment = booked();
    Instant later = NOW.plus(Duration.ofHours(2));

    assertInvalid(
        "start",
        () ->
            appointment.reschedule(
                placementAt(later.minus(Duration.ofMinutes(5))), new Stamp(later, NURSE)));

    appointment.reschedule(placementAt(later), new Stamp(later, NURSE));
    assertThat(appointment.getPlacement().slot().start()).isEqualTo(later);
  }

  @Test
  void handsOutACopyOfItsEvents() {
    Appointment appointment = booked();

    assertThatThrownBy(() -> appointment.getEvents().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
