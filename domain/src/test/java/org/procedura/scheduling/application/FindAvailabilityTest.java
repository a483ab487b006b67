package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FALL_BACK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRIDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NOW;
import static org.procedura.scheduling.model.SchedulingFixtures.TPI;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.everyDay;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.CandidateSlot;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.UnprocessableException;

class FindAvailabilityTest {
  private final TestClinic clinic = new TestClinic(CLOCK);

  private static AvailabilityQuery procedure(
      ProcedureTypeCode type, LocalDate from, LocalDate to, int limit) {
    return new AvailabilityQuery(type, null, from, to, null, null, limit);
  }

  private static AvailabilityQuery visit(AppointmentKind kind, LocalDate day, int limit) {
    return new AvailabilityQuery(null, kind, day, day, null, null, limit);
  }

  private List<CandidateSlot> search(AvailabilityQuery query) {
    return clinic.availability().search(query);
  }

  private static List<Instant> starts(List<CandidateSlot> slots) {
    return slots.stream().map(CandidateSlot::start).toList();
  }

  @Test
  void refusesToOfferAProcedureTypeNoLongerOffered() {
    assertThatThrownBy(() -> search(procedure(TestClinic.RETIRED, FRIDAY, MONDAY, 5)))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            e -> assertThat(e.reason()).isEqualTo("PROCEDURE_TYPE_INACTIVE"));
  }

  @Test
  void forAPatientOffersNothingBeforeTheRulesLetThemHaveTheProcedure() {
    clinic.eligibleOn.put(clinic.ada.getId(), MONDAY.plusDays(1));

    List<CandidateSlot> forAda =
        search(
            new AvailabilityQuery(
                ESI, null, FRIDAY, MONDAY.plusDays(2), null, clinic.ada.getId(), 1));
    List<CandidateSlot> forAnyone = search(procedure(ESI, FRIDAY, MONDAY.plusDays(2), 1));

    assertThat(starts(forAda)).containsExactly(at(MONDAY.plusDays(1), "08:00"));
    assertThat(starts(forAnyone)).containsExactly(at(FRIDAY, "10:00"));
  }

  @Test
  void offersNothingBeforeNow() {
    List<CandidateSlot> found = search(procedure(ESI, FRIDAY, FRIDAY, 3));

    // now is Friday 10:00 in New York; the clinic opened at 08:00
    assertThat(starts(found))
        .containsExactly(at(FRIDAY, "10:00"), at(FRIDAY, "10:05"), at(FRIDAY, "10:10"));
  }

  @Test
  void startsOnTheNextGridMinuteAfterNow() {
    TestClinic later = new TestClinic(Clock.fixed(NOW.plus(Duration.ofMinutes(3)), CLINIC_ZONE));

    List<CandidateSlot> found = later.availability().search(procedure(ESI, FRIDAY, MONDAY, 50));

    assertThat(found.getFirst().start()).isEqualTo(at(FRIDAY, "10:05"));
    assertThat(found).allSatisfy(slot -> assertThat(slot.start()).isAfter(later.clock.instant()));
  }

  @Test
  void offersNothingForDaysThatHavePassed() {
    assertThat(search(procedure(ESI, FRIDAY.minusDays(3), FRIDAY.minusDays(1), 50))).isEmpty();
  }

  @Test
  void searchesThePolicysNumberOfDaysAndNoMore() {
    assertThat(search(procedure(ESI, MONDAY, MONDAY.plusDays(30), 1))).hasSize(1);
    assertInvalid("to", () -> search(procedure(ESI, MONDAY, MONDAY.plusDays(31), 1)));
  }

  @Test
  void refusesALimitOutsideOneToFifty() {
    assertInvalid("limit", () -> search(procedure(ESI, MONDAY, MONDAY, 0)));
    assertInvalid("limit", () -> search(procedure(ESI, MONDAY, MONDAY, 51)));
    assertThat(search(procedure(ESI, MONDAY, MONDAY, 50))).hasSize(50);
  }

  @Test
  void offersOnlyCredentialedActiveCliniciansAndSuitableRoomsForAProcedure() {
    List<CandidateSlot> found = search(procedure(ESI, MONDAY, MONDAY, 50));

    assertThat(found).extracting(CandidateSlot::clinicianName).containsOnly("Dr. Alvarez");
    assertThat(found).extracting(CandidateSlot::roomName).containsOnly("Suite A");
    assertThat(found.getFirst().start()).isEqualTo(at(MONDAY, "08:00"));
    assertThat(found.getFirst().end()).isEqualTo(at(MONDAY, "08:30"));
  }

  @Test
  void offersEveryProcedureRoomForAnUnguidedProcedure() {
    List<CandidateSlot> found = search(procedure(TPI, MONDAY, MONDAY, 4));

    assertThat(found)
        .extracting(slot -> slot.clinicianName() + " / " + slot.roomName())
        .containsExactly(
            "Dr. Alvarez / Suite A",
            "Dr. Alvarez / Suite B",
            "Dr. Brown / Suite A",
            "Dr. Brown / Suite B");
    assertThat(found).allSatisfy(slot -> assertThat(slot.end()).isEqualTo(at(MONDAY, "08:20")));
  }

  @Test
  void offersConsultsInConsultRoomsWithActiveCliniciansForTheConsultLength() {
    List<CandidateSlot> found = search(visit(AppointmentKind.CONSULT, MONDAY, 50));

    assertThat(found).extracting(CandidateSlot::roomName).containsOnly("Consult 1");
    assertThat(found)
        .extracting(CandidateSlot::clinicianName)
        .containsOnly("Dr. Alvarez", "Dr. Brown");
    assertThat(found)
        .allSatisfy(
            slot ->
                assertThat(Duration.between(slot.start(), slot.end()))
                    .isEqualTo(Duration.ofMinutes(30)));
  }

  @Test
  void offersFollowUpsOfTheFollowUpLength() {
    CandidateSlot first = search(visit(AppointmentKind.FOLLOW_UP, MONDAY, 1)).getFirst();

    assertThat(first.start()).isEqualTo(at(MONDAY, "08:00"));
    assertThat(first.end()).isEqualTo(at(MONDAY, "08:20"));
  }

  @Test
  void offersOnlyTheClinicianAskedFor() {
    AvailabilityQuery withBrown =
        new AvailabilityQuery(TPI, null, MONDAY, MONDAY, clinic.brown.getId(), null, 50);

    assertThat(search(withBrown))
        .extracting(CandidateSlot::clinicianName)
        .containsOnly("Dr. Brown");
  }

  @Test
  void offersNothingWithAClinicianWhoCannotDoTheProcedure() {
    AvailabilityQuery withBrown =
        new AvailabilityQuery(ESI, null, MONDAY, MONDAY, clinic.brown.getId(), null, 50);
    AvailabilityQuery withNobody =
        new AvailabilityQuery(ESI, null, MONDAY, MONDAY, ClinicianId.newId(), null, 50);

    assertThat(search(withBrown)).isEmpty();
    assertThat(search(withNobody)).isEmpty();
  }

  @Test
  void skipsTheCliniciansAppointmentAndItsTurnover() {
    clinic.bookProcedure().book(clinic.esi(at(MONDAY, "08:00")), FRONT_DESK, null);

    List<CandidateSlot> found = search(procedure(ESI, MONDAY, MONDAY, 1));

    assertThat(starts(found)).containsExactly(at(MONDAY, "08:40"));
  }

  @Test
  void skipsThePatientsOwnAppointmentWhenThePatientIsGiven() {
    PatientId ada = clinic.ada.getId();
    clinic
        .bookProcedure()
        .book(clinic.tpi(ada, clinic.brown, clinic.suiteB, at(MONDAY, "08:00")), FRONT_DESK, null);
    AvailabilityQuery forAda = new AvailabilityQuery(ESI, null, MONDAY, MONDAY, null, ada, 1);
    AvailabilityQuery forAnyone = procedure(ESI, MONDAY, MONDAY, 1);

    assertThat(starts(search(forAda))).containsExactly(at(MONDAY, "08:20"));
    assertThat(starts(search(forAnyone))).containsExactly(at(MONDAY, "08:00"));
  }

  @Test
  void skipsTimeAway() {
    clinic.workingTime.add(
        Unavailability.of(
            ResourceRef.of(clinic.alvarez.getId()), slot(MONDAY, "08:00", "12:00"), "teaching"));

    assertThat(starts(search(procedure(ESI, MONDAY, MONDAY, 1))))
        .containsExactly(at(MONDAY, "12:00"));
  }

  @Test
  void offersNothingWhenNoRoomSuits() {
    clinic.workingTime.replaceHours(ResourceRef.of(clinic.suiteA.getId()), WeeklyHours.NONE);

    assertThat(search(procedure(ESI, MONDAY, MONDAY, 50))).isEmpty();
  }

  @Test
  void refusesAnUnknownProcedureType() {
    assertThatThrownBy(() -> search(procedure(new ProcedureTypeCode("NOPE"), MONDAY, MONDAY, 1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void findsEightOClockLocalOnEachDayAroundTheDayClocksGoBack() {
    TestClinic october =
        new TestClinic(Clock.fixed(Instant.parse("2026-10-30T14:00:00Z"), CLINIC_ZONE));
    WeeklyHours earlyHalfHour = everyDay("08:00", "08:30");
    october.workingTime.replaceHours(ResourceRef.of(october.alvarez.getId()), earlyHalfHour);
    october.workingTime.replaceHours(ResourceRef.of(october.consult1.getId()), earlyHalfHour);
    AvailabilityQuery consults =
        new AvailabilityQuery(
            null,
            AppointmentKind.CONSULT,
            FALL_BACK.minusDays(1),
            FALL_BACK.plusDays(1),
            october.alvarez.getId(),
            null,
            50);

    List<CandidateSlot> found = october.availability().search(consults);

    assertThat(starts(found))
        .containsExactly(
            Instant.parse("2026-10-31T12:00:00Z"),
            Instant.parse("2026-11-01T13:00:00Z"),
            Instant.parse("2026-11-02T13:00:00Z"));
    assertThat(found)
        .allSatisfy(
            slot ->
                assertThat(slot.start().atZone(CLINIC_ZONE).toLocalTime())
                    .isEqualTo(LocalTime.of(8, 0)));
  }

  @Test
  void aQueryAsksForAProcedureTypeOrAVisitKind() {
    assertInvalid(
        "procedureType", () -> new AvailabilityQuery(null, null, MONDAY, MONDAY, null, null, 1));
    assertInvalid(
        "procedureType",
        () -> new AvailabilityQuery(ESI, AppointmentKind.CONSULT, MONDAY, MONDAY, null, null, 1));
    assertInvalid(
        "visitKind",
        () ->
            new AvailabilityQuery(null, AppointmentKind.PROCEDURE, MONDAY, MONDAY, null, null, 1));
  }

  @Test
  void aQueryEndsNoEarlierThanItStarts() {
    assertInvalid("to", () -> procedure(ESI, MONDAY, MONDAY.minusDays(1), 1));
    assertThat(procedure(ESI, MONDAY, MONDAY, 1).to()).isEqualTo(MONDAY);
  }
}
