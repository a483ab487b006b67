package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceTimeTest {
  private final ResourceTime alvarez =
      new ResourceTime(
          UUID.randomUUID(),
          "Dr. Alvarez",
          List.of(slot(MONDAY, "12:00", "17:00"), slot(MONDAY, "08:00", "12:00")),
          List.of(slot(MONDAY, "10:00", "10:30"), slot(MONDAY, "10:30", "11:00")));

  @Test
  void mergesItsWorkingAndHeldTime() {
    assertThat(alvarez.working()).containsExactly(slot(MONDAY, "08:00", "17:00"));
    assertThat(alvarez.held()).containsExactly(slot(MONDAY, "10:00", "11:00"));
  }

  @Test
  void isFreeForASlotWhoseTurnoverEndsWhenTheHeldTimeBegins() {
    assertThat(alvarez.freeFor(slot(MONDAY, "09:20", "09:50"), TURNOVER)).isTrue();
  }

  @Test
  void isNotFreeForASlotWhoseTurnoverRunsIntoHeldTime() {
    assertThat(alvarez.freeFor(slot(MONDAY, "09:25", "09:55"), TURNOVER)).isFalse();
  }

  @Test
  void isFreeForASlotStartingWhenTheHeldTimeEnds() {
    assertThat(alvarez.freeFor(slot(MONDAY, "11:00", "11:30"), TURNOVER)).isTrue();
  }

  @Test
  void isFreeForASlotEndingAtClosingAndNotForOneRunningPastIt() {
    assertThat(alvarez.freeFor(slot(MONDAY, "16:30", "17:00"), TURNOVER)).isTrue();
    assertThat(alvarez.freeFor(slot(MONDAY, "16:35", "17:05"), TURNOVER)).isFalse();
  }

  @Test
  void availableTimeIsWorkingTimeLessTheHeldTime() {
    assertThat(alvarez.available())
        .containsExactly(slot(MONDAY, "08:00", "10:00"), slot(MONDAY, "11:00", "17:00"));
  }

  @Test
  void isHeldDuringExactlyTheTimesItsHeldTimeOverlaps() {
    assertThat(alvarez.isHeldDuring(slot(MONDAY, "09:50", "10:00"))).isFalse();
    assertThat(alvarez.isHeldDuring(slot(MONDAY, "09:55", "10:05"))).isTrue();
    assertThat(alvarez.isHeldDuring(slot(MONDAY, "11:00", "11:10"))).isFalse();
  }
}
