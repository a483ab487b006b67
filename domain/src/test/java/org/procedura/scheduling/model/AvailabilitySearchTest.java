package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;
import static org.procedura.scheduling.model.SchedulingFixtures.FALL_BACK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.SPRING_FORWARD;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.everyDay;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AvailabilitySearch.Need;

class AvailabilitySearchTest {
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final TimeSlot MONDAY_ALL_DAY =
      new TimeSlot(at(MONDAY, "00:00"), at(MONDAY.plusDays(1), "00:00"));
  private static final List<TimeSlot> OFFICE_HOURS = List.of(slot(MONDAY, "08:00", "17:00"));

  private static ResourceTime resource(String name, List<TimeSlot> working, TimeSlot... held) {
    return new ResourceTime(UUID.randomUUID(), name, working, List.of(held));
  }

  private static ResourceTime resource(UUID id, String name) {
    return new ResourceTime(id, name, OFFICE_HOURS, List.of());
  }

  private static Need procedure(int limit) {
    return new Need(HALF_HOUR, TURNOVER, MONDAY_ALL_DAY, limit);
  }

  private static List<Instant> starts(List<CandidateSlot> slots) {
    return slots.stream().map(CandidateSlot::start).toList();
  }

  private static List<CandidateSlot> search(
      Need need, ResourceTime clinician, ResourceTime room, TimeSlot... patientHeld) {
    return AvailabilitySearch.first(need, List.of(clinician), List.of(room), List.of(patientHeld));
  }

  @Test
  void offersTheFirstSlotAtTheStartOfWorkingTime() {
    List<CandidateSlot> found =
        search(
            procedure(3), resource("Dr. Alvarez", OFFICE_HOURS), resource("Suite A", OFFICE_HOURS));

    assertThat(starts(found))
        .containsExactly(at(MONDAY, "08:00"), at(MONDAY, "08:05"), at(MONDAY, "08:10"));
    assertThat(found.getFirst().end()).isEqualTo(at(MONDAY, "08:30"));
  }

  @Test
  void namesTheClinicianAndRoomOfEachSlot() {
    ResourceTime clinician = resource("Dr. Alvarez", OFFICE_HOURS);
    ResourceTime room = resource("Suite A", OFFICE_HOURS);

    CandidateSlot first = search(procedure(1), clinician, room).getFirst();

    assertThat(first)
        .isEqualTo(
            new CandidateSlot(
                at(MONDAY, "08:00"),
                at(MONDAY, "08:30"),
                new ClinicianId(clinician.id()),
                "Dr. Alvarez",
                new RoomId(room.id()),
                "Suite A"));
  }

  @Test
  void busyTimeWithItsTurnoverPushesTheNextStart() {
    ResourceTime clinician = resource("Dr. Alvarez", OFFICE_HOURS, slot(MONDAY, "08:00", "08:40"));

    List<CandidateSlot> found = search(procedure(1), clinician, resource("Suite A", OFFICE_HOURS));

    assertThat(starts(found)).containsExactly(at(MONDAY, "08:40"));
  }

  @Test
  void theRoomsBusyTimeCountsAsMuchAsTheCliniciansOwn() {
    ResourceTime room = resource("Suite A", OFFICE_HOURS, slot(MONDAY, "08:00", "09:10"));

    List<CandidateSlot> found = search(procedure(1), resource("Dr. Alvarez", OFFICE_HOURS), room);

    assertThat(starts(found)).containsExactly(at(MONDAY, "09:10"));
  }

  @Test
  void aProcedureWithItsTurnoverFitsAFortyMinuteGap() {
    ResourceTime clinician =
        resource(
            "Dr. Alvarez",
            OFFICE_HOURS,
            slot(MONDAY, "08:00", "08:40"),
            slot(MONDAY, "09:20", "17:10"));

    List<CandidateSlot> found = search(procedure(5), clinician, resource("Suite A", OFFICE_HOURS));

    assertThat(starts(found)).containsExactly(at(MONDAY, "08:40"));
  }

  @Test
  void aProcedureWithItsTurnoverDoesNotFitAThirtyFiveMinuteGap() {
    ResourceTime clinician =
        resource(
            "Dr. Alvarez",
            OFFICE_HOURS,
            slot(MONDAY, "08:00", "08:45"),
            slot(MONDAY, "09:20", "17:10"));

    assertThat(search(procedure(5), clinician, resource("Suite A", OFFICE_HOURS))).isEmpty();
  }

  @Test
  void aProcedureMayEndExactlyAtClosingWithItsTurnoverAfterIt() {
    ResourceTime clinician = resource("Dr. Alvarez", OFFICE_HOURS, slot(MONDAY, "08:00", "16:30"));

    List<CandidateSlot> found = search(procedure(5), clinician, resource("Suite A", OFFICE_HOURS));

    assertThat(starts(found)).containsExactly(at(MONDAY, "16:30"));
    assertThat(found.getFirst().end()).isEqualTo(at(MONDAY, "17:00"));
  }

  @Test
  void aVisitWithoutTurnoverMayAlsoEndExactlyAtClosing() {
    ResourceTime clinician = resource("Dr. Alvarez", OFFICE_HOURS, slot(MONDAY, "08:00", "16:25"));
    Need visit = new Need(HALF_HOUR, Duration.ZERO, MONDAY_ALL_DAY, 5);

    List<CandidateSlot> found = search(visit, clinician, resource("Consult 1", OFFICE_HOURS));

    assertThat(starts(found)).containsExactly(at(MONDAY, "16:25"), at(MONDAY, "16:30"));
  }

  @Test
  void avoidsThePatientsOwnAppointments() {
    List<CandidateSlot> found =
        search(
            procedure(2),
            resource("Dr. Alvarez", OFFICE_HOURS),
            resource("Suite A", OFFICE_HOURS),
            slot(MONDAY, "08:00", "09:00"));

    // the patient is held for the slot only, without turnover
    assertThat(starts(found)).containsExactly(at(MONDAY, "09:00"), at(MONDAY, "09:05"));
  }

  @Test
  void resumesOnTheGridAfterAPatientsAppointmentEndingOffIt() {
    List<CandidateSlot> found =
        search(
            procedure(1),
            resource("Dr. Alvarez", OFFICE_HOURS),
            resource("Suite A", OFFICE_HOURS),
            new TimeSlot(at(MONDAY, "08:00"), at(MONDAY, "08:52")));

    assertThat(starts(found)).containsExactly(at(MONDAY, "08:55"));
  }

  @Test
  void aPatientsAppointmentTouchingTheSlotDoesNotClash() {
    List<CandidateSlot> found =
        search(
            procedure(1),
            resource("Dr. Alvarez", OFFICE_HOURS),
            resource("Suite A", OFFICE_HOURS),
            slot(MONDAY, "08:30", "09:00"));

    assertThat(starts(found)).containsExactly(at(MONDAY, "08:00"));
  }

  @Test
  void ordersByStartThenClinicianNameThenRoomName() {
    // ids in the opposite order to the names, so that only the names can give this order
    UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
    UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
    ResourceTime brown = new ResourceTime(first, "Dr. Brown", OFFICE_HOURS, List.of());
    ResourceTime alvarez =
        new ResourceTime(
            second, "Dr. Alvarez", OFFICE_HOURS, List.of(slot(MONDAY, "08:00", "08:05")));
    ResourceTime suiteB = resource(first, "Suite B");
    ResourceTime suiteA = resource(second, "Suite A");

    List<CandidateSlot> found =
        AvailabilitySearch.first(
            procedure(6), List.of(brown, alvarez), List.of(suiteB, suiteA), List.of());

    assertThat(found)
        .extracting(slot -> slot.start() + " " + slot.clinicianName() + " / " + slot.roomName())
        .containsExactly(
            at(MONDAY, "08:00") + " Dr. Brown / Suite A",
            at(MONDAY, "08:00") + " Dr. Brown / Suite B",
            at(MONDAY, "08:05") + " Dr. Alvarez / Suite A",
            at(MONDAY, "08:05") + " Dr. Alvarez / Suite B",
            at(MONDAY, "08:05") + " Dr. Brown / Suite A",
            at(MONDAY, "08:05") + " Dr. Brown / Suite B");
  }

  @Test
  void ordersEqualNamesByIdWhateverOrderTheyComeIn() {
    UUID lower = UUID.fromString("00000000-0000-0000-0000-000000000001");
    UUID higher = UUID.fromString("00000000-0000-0000-0000-000000000002");
    List<ResourceTime> clinicians =
        List.of(resource(higher, "Dr. Smith"), resource(lower, "Dr. Smith"));
    List<ResourceTime> rooms = List.of(resource(higher, "Suite"), resource(lower, "Suite"));

    List<CandidateSlot> found =
        AvailabilitySearch.first(procedure(4), clinicians, rooms, List.of());
    List<CandidateSlot> reversed =
        AvailabilitySearch.first(procedure(4), clinicians.reversed(), rooms.reversed(), List.of());

    assertThat(found)
        .extracting(slot -> slot.clinician().value() + "/" + slot.room().value())
        .containsExactly(
            lower + "/" + lower, lower + "/" + higher, higher + "/" + lower, higher + "/" + higher);
    assertThat(reversed).isEqualTo(found);
  }

  @Test
  void acceptsALimitOfOneAndGivesOneSlot() {
    List<CandidateSlot> found =
        search(
            procedure(1), resource("Dr. Alvarez", OFFICE_HOURS), resource("Suite A", OFFICE_HOURS));

    assertThat(found).hasSize(1);
  }

  @Test
  void acceptsALimitOfFiftyAndGivesFiftySlots() {
    List<CandidateSlot> found =
        search(
            procedure(AvailabilitySearch.MAX_RESULTS),
            resource("Dr. Alvarez", OFFICE_HOURS),
            resource("Suite A", OFFICE_HOURS));

    assertThat(found).hasSize(50);
    assertThat(found.getLast().start())
        .isEqualTo(at(MONDAY, "08:00").plus(Duration.ofMinutes(245)));
  }

  @Test
  void fillsTheLimitFromEveryPairBeforeCuttingIt() {
    List<CandidateSlot> found =
        AvailabilitySearch.first(
            procedure(3),
            List.of(resource("Dr. Brown", OFFICE_HOURS), resource("Dr. Alvarez", OFFICE_HOURS)),
            List.of(resource("Suite A", OFFICE_HOURS)),
            List.of());

    assertThat(found)
        .extracting(slot -> slot.start() + " " + slot.clinicianName())
        .containsExactly(
            at(MONDAY, "08:00") + " Dr. Alvarez",
            at(MONDAY, "08:00") + " Dr. Brown",
            at(MONDAY, "08:05") + " Dr. Alvarez");
  }

  @Test
  void refusesALimitOfZeroOrFiftyOne() {
    assertInvalid("limit", () -> procedure(0));
    assertInvalid("limit", () -> procedure(AvailabilitySearch.MAX_RESULTS + 1));
  }

  @Test
  void aClinicianWithoutWorkingTimeGivesNothing() {
    ResourceTime away = resource("Dr. Alvarez", List.of());

    assertThat(search(procedure(5), away, resource("Suite A", OFFICE_HOURS))).isEmpty();
  }

  @Test
  void aRoomWithoutWorkingTimeGivesNothing() {
    ResourceTime closed = resource("Suite A", List.of());

    assertThat(search(procedure(5), resource("Dr. Alvarez", OFFICE_HOURS), closed)).isEmpty();
  }

  @Test
  void offersOnlyTimeWhenClinicianAndRoomBothWork() {
    ResourceTime clinician = resource("Dr. Alvarez", List.of(slot(MONDAY, "08:00", "12:00")));
    ResourceTime room = resource("Suite A", List.of(slot(MONDAY, "11:00", "17:00")));

    List<CandidateSlot> found = search(procedure(50), clinician, room);

    assertThat(starts(found).getFirst()).isEqualTo(at(MONDAY, "11:00"));
    assertThat(starts(found).getLast()).isEqualTo(at(MONDAY, "11:30"));
  }

  @Test
  void aWindowStartingMidStretchStartsOnTheNextFiveMinuteBoundary() {
    Need fromNineOhThree =
        new Need(HALF_HOUR, TURNOVER, new TimeSlot(at(MONDAY, "09:03"), at(MONDAY, "23:00")), 2);

    List<CandidateSlot> found =
        search(
            fromNineOhThree,
            resource("Dr. Alvarez", OFFICE_HOURS),
            resource("Suite A", OFFICE_HOURS));

    assertThat(starts(found)).containsExactly(at(MONDAY, "09:05"), at(MONDAY, "09:10"));
  }

  @Test
  void aWindowStartingOnABoundaryStartsThere() {
    Need fromNineOhFive =
        new Need(HALF_HOUR, TURNOVER, new TimeSlot(at(MONDAY, "09:05"), at(MONDAY, "23:00")), 1);

    List<CandidateSlot> found =
        search(
            fromNineOhFive,
            resource("Dr. Alvarez", OFFICE_HOURS),
            resource("Suite A", OFFICE_HOURS));

    assertThat(starts(found)).containsExactly(at(MONDAY, "09:05"));
  }

  @Test
  void findsEightOClockLocalOnEachDayAcrossBothDaylightSavingChanges() {
    WeeklyHours earlyHalfHour = everyDay("08:00", "08:30");
    List<LocalDate> days =
        List.of(
            SPRING_FORWARD.minusDays(1),
            SPRING_FORWARD,
            SPRING_FORWARD.plusDays(1),
            FALL_BACK.minusDays(1),
            FALL_BACK,
            FALL_BACK.plusDays(1));
    for (LocalDate day : days) {
      TimeSlot wholeDay =
          new TimeSlot(
              day.atStartOfDay(CLINIC_ZONE).toInstant(),
              day.plusDays(1).atStartOfDay(CLINIC_ZONE).toInstant());
      ResourceTime clinician = resource("Dr. Alvarez", earlyHalfHour.on(day, CLINIC_ZONE));
      ResourceTime room = resource("Consult 1", earlyHalfHour.on(day, CLINIC_ZONE));

      List<CandidateSlot> found =
          search(new Need(HALF_HOUR, Duration.ZERO, wholeDay, 50), clinician, room);

      assertThat(found)
          .as("the one slot on %s", day)
          .singleElement()
          .satisfies(
              slot ->
                  assertThat(ZonedDateTime.ofInstant(slot.start(), CLINIC_ZONE).toLocalTime())
                      .isEqualTo(LocalTime.of(8, 0)));
    }
  }

  @Test
  void searchesAcrossTheDayClocksGoBackInOneGo() {
    List<TimeSlot> working = new ArrayList<>();
    for (LocalDate day = FALL_BACK.minusDays(1);
        !day.isAfter(FALL_BACK.plusDays(1));
        day = day.plusDays(1)) {
      working.addAll(everyDay("08:00", "08:30").on(day, CLINIC_ZONE));
    }
    TimeSlot threeDays =
        new TimeSlot(
            FALL_BACK.minusDays(1).atStartOfDay(CLINIC_ZONE).toInstant(),
            FALL_BACK.plusDays(2).atStartOfDay(CLINIC_ZONE).toInstant());

    List<CandidateSlot> found =
        search(
            new Need(HALF_HOUR, Duration.ZERO, threeDays, 50),
            resource("Dr. Alvarez", working),
            resource("Consult 1", working));

    assertThat(starts(found))
        .containsExactly(
            Instant.parse("2026-10-31T12:00:00Z"),
            Instant.parse("2026-11-01T13:00:00Z"),
            Instant.parse("2026-11-02T13:00:00Z"));
  }

  @Test
  void offersNothingOutsideTheWindow() {
    Need afternoonOnly =
        new Need(HALF_HOUR, TURNOVER, new TimeSlot(at(MONDAY, "17:00"), at(MONDAY, "23:00")), 5);

    assertThat(
            search(
                afternoonOnly,
                resource("Dr. Alvarez", OFFICE_HOURS),
                resource("Suite A", OFFICE_HOURS)))
        .isEmpty();
  }

  @Test
  void neverOffersASlotAcrossABreakNoLongerThanTheTurnover() {
    // a 10-minute break with a 10-minute turnover: stretching the windows must not join them
    List<TimeSlot> withBreak =
        List.of(slot(MONDAY, "08:00", "12:00"), slot(MONDAY, "12:10", "17:00"));

    List<CandidateSlot> found =
        search(
            procedure(50), resource("Dr. Alvarez", withBreak), resource("Suite A", OFFICE_HOURS));

    assertThat(found)
        .allMatch(
            candidate ->
                !candidate.end().isAfter(at(MONDAY, "12:00"))
                    || !candidate.start().isBefore(at(MONDAY, "12:10")));
    assertThat(starts(found)).contains(at(MONDAY, "11:30")).doesNotContain(at(MONDAY, "11:35"));
  }

  @Test
  void letsTheTurnoverRunPastClosingButNotIntoHeldTime() {
    ResourceTime room =
        resource(
            "Suite A",
            OFFICE_HOURS,
            slot(MONDAY, "12:00", "13:00"),
            slot(MONDAY, "17:05", "18:00"));

    List<Instant> found =
        starts(search(procedure(50), resource("Dr. Alvarez", OFFICE_HOURS), room));

    assertThat(found).contains(at(MONDAY, "11:20")).doesNotContain(at(MONDAY, "11:25"));
    assertThat(found).doesNotContain(at(MONDAY, "16:30"));
  }
}
