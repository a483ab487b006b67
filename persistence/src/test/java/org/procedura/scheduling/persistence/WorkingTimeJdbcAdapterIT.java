package org.procedura.scheduling.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.scheduling.model.WorkingWindow;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Working hours and time away on MariaDB, each resource's kept apart from the others'. */
@SpringBootTest
class WorkingTimeJdbcAdapterIT extends RealDatabaseTest {
  private static final Instant EIGHT = Instant.parse("2027-02-01T13:00:00Z");
  private static final WorkingWindow MONDAY_MORNING =
      new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
  private static final WorkingWindow TUESDAY_AFTERNOON =
      new WorkingWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 30));

  @Autowired WorkingTime workingTime;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;

  @Test
  void askingAboutNoResourceAnswersNothing() {
    assertThat(workingTime.hoursOf(List.of())).isEmpty();
    assertThat(workingTime.unavailability(List.of(), new TimeSlot(EIGHT, EIGHT.plusSeconds(60))))
        .isEmpty();
  }

  @Test
  void eachResourceHasItsOwnHoursAndOneWithoutHoursIsLeftOut() {
    ResourceRef doctor = aClinician();
    ResourceRef suite = aRoom();
    ResourceRef idle = aClinician();
    replace(doctor, new WeeklyHours(List.of(MONDAY_MORNING)));
    replace(suite, new WeeklyHours(List.of(TUESDAY_AFTERNOON)));

    Map<ResourceRef, WeeklyHours> hours = workingTime.hoursOf(List.of(doctor, suite, idle));

    assertThat(hours).containsOnlyKeys(doctor, suite);
    assertThat(hours.get(doctor).windows()).containsExactly(MONDAY_MORNING);
    assertThat(hours.get(suite).windows()).containsExactly(TUESDAY_AFTERNOON);
  }

  @Test
  void replacingWithNoHoursLeavesNone() {
    ResourceRef doctor = aClinician();
    replace(doctor, new WeeklyHours(List.of(MONDAY_MORNING, TUESDAY_AFTERNOON)));

    replace(doctor, WeeklyHours.NONE);

    assertThat(workingTime.hoursOf(List.of(doctor))).isEmpty();
  }

  @Test
  void replacingOnesHoursLeavesAnothersAsTheyWere() {
    ResourceRef doctor = aClinician();
    ResourceRef colleague = aClinician();
    replace(doctor, new WeeklyHours(List.of(MONDAY_MORNING)));
    replace(colleague, new WeeklyHours(List.of(MONDAY_MORNING)));

    replace(doctor, new WeeklyHours(List.of(TUESDAY_AFTERNOON)));

    assertThat(workingTime.hoursOf(List.of(colleague)).get(colleague).windows())
        .containsExactly(MONDAY_MORNING);
  }

  @Test
  void timeAwayTouchingTheWindowOnEitherSideDoesNotOverlapIt() {
    ResourceRef suite = aRoom();
    TimeSlot away = new TimeSlot(EIGHT, EIGHT.plus(Duration.ofHours(2)));
    add(Unavailability.of(suite, away, "C-arm service"));

    assertThat(
            workingTime.unavailability(
                List.of(suite), new TimeSlot(EIGHT.minusSeconds(3600), EIGHT)))
        .isEmpty();
    assertThat(
            workingTime.unavailability(
                List.of(suite), new TimeSlot(away.end(), away.end().plusSeconds(3600))))
        .isEmpty();
    assertThat(
            workingTime.unavailability(
                List.of(suite), new TimeSlot(EIGHT.minusSeconds(3600), EIGHT.plusSeconds(1))))
        .extracting(Unavailability::period)
        .containsExactly(away);
    assertThat(
            workingTime.unavailability(
                List.of(suite),
                new TimeSlot(away.end().minusSeconds(1), away.end().plusSeconds(3600))))
        .extracting(Unavailability::period)
        .containsExactly(away);
  }

  @Test
  void timeAwayIsReadBackWholeTheEarliestFirstAndOnlyTheResourcesAskedAbout() {
    ResourceRef doctor = aClinician();
    ResourceRef colleague = aClinician();
    Unavailability afternoon =
        Unavailability.of(
            doctor,
            new TimeSlot(EIGHT.plus(Duration.ofHours(5)), EIGHT.plus(Duration.ofHours(9))),
            "teaching");
    Unavailability morning =
        Unavailability.of(
            doctor, new TimeSlot(EIGHT, EIGHT.plus(Duration.ofHours(1))), "clinic meeting");
    add(afternoon);
    add(morning);
    add(
        Unavailability.of(
            colleague, new TimeSlot(EIGHT, EIGHT.plus(Duration.ofHours(9))), "leave"));

    assertThat(
            workingTime.unavailability(
                List.of(doctor), new TimeSlot(EIGHT, EIGHT.plus(Duration.ofDays(1)))))
        .containsExactly(morning, afternoon);
  }

  private ResourceRef aClinician() {
    return ResourceRef.of(inTransaction(() -> clinicians.save(clinician())).getId());
  }

  private ResourceRef aRoom() {
    return ResourceRef.of(inTransaction(() -> rooms.save(room())).getId());
  }

  private void replace(ResourceRef resource, WeeklyHours hours) {
    inTransaction(
        () -> {
          workingTime.replaceHours(resource, hours);
          return null;
        });
  }

  private void add(Unavailability away) {
    inTransaction(
        () -> {
          workingTime.add(away);
          return null;
        });
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }
}
