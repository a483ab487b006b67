package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.ResourceTime;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingWindow;

class ResourceCalendarsTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final ResourceCalendars calendars = clinic.calendars;
  private final ResourceRef alvarez = ResourceRef.of(clinic.alvarez.getId());

  @Test
  void aResourceWorkingThroughTheSlotIsNotAbsent() {
    assertThat(calendars.absence(alvarez, slot(MONDAY, "08:00", "17:00"), Duration.ZERO)).isEmpty();
  }

  @Test
  void aResourceNotWorkingThroughTheWholeSlotIsAbsent() {
    assertThat(calendars.absence(alvarez, slot(MONDAY, "16:45", "17:05"), Duration.ZERO))
        .hasValue("is not working then");
    assertThat(calendars.absence(alvarez, slot(MONDAY, "07:55", "08:25"), Duration.ZERO))
        .hasValue("is not working then");
  }

  @Test
  void touchingWindowsCountAsOneStretch() {
    clinic.workingTime.replaceHours(
        alvarez,
        new WeeklyHours(
            List.of(
                new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)))));

    assertThat(calendars.absence(alvarez, slot(MONDAY, "11:45", "12:15"), Duration.ZERO)).isEmpty();
  }

  @Test
  void aResourceAwayIsAbsentWithTheReason() {
    clinic.workingTime.add(
        Unavailability.of(alvarez, slot(MONDAY, "12:00", "13:00"), "conference"));

    assertThat(calendars.absence(alvarez, slot(MONDAY, "12:55", "13:25"), Duration.ZERO))
        .hasValue("is away then (conference)");
    assertThat(calendars.absence(alvarez, slot(MONDAY, "13:00", "13:30"), Duration.ZERO)).isEmpty();
    assertThat(calendars.absence(alvarez, slot(MONDAY, "11:30", "12:00"), Duration.ZERO)).isEmpty();
  }

  @Test
  void aResourceIsAbsentWhenItsTurnoverRunsIntoTimeAway() {
    clinic.workingTime.add(
        Unavailability.of(alvarez, slot(MONDAY, "12:00", "13:00"), "C-arm service"));

    assertThat(calendars.absence(alvarez, slot(MONDAY, "11:20", "11:50"), Duration.ofMinutes(10)))
        .isEmpty();
    assertThat(calendars.absence(alvarez, slot(MONDAY, "11:25", "11:55"), Duration.ofMinutes(10)))
        .hasValue("is away then (C-arm service)");
  }

  @Test
  void aResourceWithoutHoursIsAlwaysAbsent() {
    clinic.workingTime.replaceHours(alvarez, WeeklyHours.NONE);

    assertThat(calendars.absence(alvarez, slot(MONDAY, "09:00", "09:30"), Duration.ZERO))
        .hasValue("is not working then");
  }

  @Test
  void gathersWorkingAndHeldTimeResourceByResource() {
    clinic.bookProcedure().book(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, null);
    clinic.workingTime.add(Unavailability.of(alvarez, slot(MONDAY, "12:00", "13:00"), "lunch"));
    ResourceRef suiteB = ResourceRef.of(clinic.suiteB.getId());
    TimeSlot monday = new TimeSlot(at(MONDAY, "00:00"), at(MONDAY.plusDays(1), "00:00"));

    Map<ResourceRef, ResourceTime> time =
        calendars.timeOf(Map.of(alvarez, "Dr. Alvarez", suiteB, "Suite B"), monday);

    assertThat(time.get(alvarez).name()).isEqualTo("Dr. Alvarez");
    assertThat(time.get(alvarez).working()).contains(slot(MONDAY, "08:00", "17:00"));
    assertThat(time.get(alvarez).held())
        .containsExactly(slot(MONDAY, "09:00", "09:40"), slot(MONDAY, "12:00", "13:00"));
    assertThat(time.get(suiteB).held()).isEmpty();
  }

  @Test
  void givesThePatientsHeldTimeWithoutTurnover() {
    clinic.bookProcedure().book(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, null);
    TimeSlot monday = new TimeSlot(at(MONDAY, "00:00"), at(MONDAY.plusDays(1), "00:00"));

    assertThat(calendars.heldTimeOf(ResourceRef.ofPatient(clinic.ada.getId().value()), monday))
        .containsExactly(slot(MONDAY, "09:00", "09:30"));
    assertThat(calendars.heldTimeOf(ResourceRef.ofPatient(clinic.grace.getId().value()), monday))
        .isEmpty();
  }
}
