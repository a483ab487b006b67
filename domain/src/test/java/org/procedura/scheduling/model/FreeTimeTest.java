package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeTimeTest {

  /** A slot between two times ("HH:mm") of one day, in UTC. */
  private static TimeSlot s(String from, String to) {
    return new TimeSlot(t(from), t(to));
  }

  private static Instant t(String time) {
    return LocalTime.parse(time).atDate(LocalDate.of(2026, 11, 23)).toInstant(ZoneOffset.UTC);
  }

  @Test
  void mergeOfNothingIsNothing() {
    assertThat(FreeTime.merge(List.of())).isEmpty();
  }

  @Test
  void mergeJoinsOverlappingSlots() {
    assertThat(FreeTime.merge(List.of(s("08:00", "10:00"), s("09:00", "11:00"))))
        .containsExactly(s("08:00", "11:00"));
  }

  @Test
  void mergeJoinsTouchingSlots() {
    assertThat(FreeTime.merge(List.of(s("08:00", "10:00"), s("10:00", "11:00"))))
        .containsExactly(s("08:00", "11:00"));
  }

  @Test
  void mergeKeepsSlotsApartByOneNanosecondSeparate() {
    TimeSlot later = new TimeSlot(t("10:00").plusNanos(1), t("11:00"));

    assertThat(FreeTime.merge(List.of(s("08:00", "10:00"), later)))
        .containsExactly(s("08:00", "10:00"), later);
  }

  @Test
  void mergeSwallowsAContainedSlot() {
    assertThat(FreeTime.merge(List.of(s("08:00", "12:00"), s("09:00", "10:00"))))
        .containsExactly(s("08:00", "12:00"));
  }

  @Test
  void mergeSortsUnsortedInput() {
    List<TimeSlot> unsorted =
        List.of(s("14:00", "15:00"), s("08:00", "09:00"), s("11:00", "12:00"), s("08:30", "10:00"));

    assertThat(FreeTime.merge(unsorted))
        .containsExactly(s("08:00", "10:00"), s("11:00", "12:00"), s("14:00", "15:00"));
  }

  @Test
  void mergeLeavesItsInputAlone() {
    List<TimeSlot> input = new ArrayList<>(List.of(s("10:00", "11:00"), s("08:00", "09:00")));

    FreeTime.merge(input);

    assertThat(input).containsExactly(s("10:00", "11:00"), s("08:00", "09:00"));
  }

  @Test
  void subtractingNothingLeavesTheFreeTime() {
    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), List.of()))
        .containsExactly(s("08:00", "17:00"));
  }

  @Test
  void subtractIgnoresBusyTimeBeforeOrAfter() {
    List<TimeSlot> busy = List.of(s("06:00", "07:00"), s("18:00", "19:00"));

    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), busy))
        .containsExactly(s("08:00", "17:00"));
  }

  @Test
  void subtractIgnoresBusyTimeTouchingEitherEdge() {
    List<TimeSlot> busy = List.of(s("07:00", "08:00"), s("17:00", "18:00"));

    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), busy))
        .containsExactly(s("08:00", "17:00"));
  }

  @Test
  void subtractSplitsAroundBusyTimeInside() {
    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), List.of(s("12:00", "13:00"))))
        .containsExactly(s("08:00", "12:00"), s("13:00", "17:00"));
  }

  @Test
  void subtractTrimsBusyTimeOverlappingTheStart() {
    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), List.of(s("07:00", "09:00"))))
        .containsExactly(s("09:00", "17:00"));
  }

  @Test
  void subtractTrimsBusyTimeOverlappingTheEnd() {
    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), List.of(s("16:00", "18:00"))))
        .containsExactly(s("08:00", "16:00"));
  }

  @Test
  void subtractTrimsBusyTimeStartingAtTheStartOrEndingAtTheEnd() {
    List<TimeSlot> busy = List.of(s("08:00", "09:00"), s("16:00", "17:00"));

    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), busy))
        .containsExactly(s("09:00", "16:00"));
  }

  @Test
  void subtractLeavesNothingOfFreeTimeBusyTimeCovers() {
    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), List.of(s("07:00", "18:00"))))
        .isEmpty();
    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), List.of(s("08:00", "17:00"))))
        .isEmpty();
  }

  @Test
  void subtractRemovesSeveralBusySlotsGivenInAnyOrder() {
    List<TimeSlot> busy =
        List.of(s("15:00", "16:00"), s("09:00", "10:00"), s("09:30", "11:00"), s("13:00", "13:30"));

    assertThat(FreeTime.subtract(List.of(s("08:00", "17:00")), busy))
        .containsExactly(
            s("08:00", "09:00"), s("11:00", "13:00"), s("13:30", "15:00"), s("16:00", "17:00"));
  }

  @Test
  void subtractRemovesBusyTimeSpanningSeveralFreeSlots() {
    List<TimeSlot> free = List.of(s("08:00", "10:00"), s("11:00", "13:00"), s("14:00", "16:00"));

    assertThat(FreeTime.subtract(free, List.of(s("09:00", "15:00"))))
        .containsExactly(s("08:00", "09:00"), s("15:00", "16:00"));
  }

  @Test
  void subtractMergesTheFreeTimeFirst() {
    List<TimeSlot> free = List.of(s("12:00", "17:00"), s("08:00", "12:00"));

    assertThat(FreeTime.subtract(free, List.of(s("11:00", "13:00"))))
        .containsExactly(s("08:00", "11:00"), s("13:00", "17:00"));
  }

  @Test
  void subtractFromNothingIsNothing() {
    assertThat(FreeTime.subtract(List.of(), List.of(s("08:00", "09:00")))).isEmpty();
  }

  @Test
  void intersectKeepsTheCommonPart() {
    assertThat(FreeTime.intersect(List.of(s("08:00", "12:00")), List.of(s("10:00", "14:00"))))
        .containsExactly(s("10:00", "12:00"));
  }

  @Test
  void intersectOfNestedSlotsIsTheInnerOne() {
    assertThat(FreeTime.intersect(List.of(s("08:00", "17:00")), List.of(s("10:00", "11:00"))))
        .containsExactly(s("10:00", "11:00"));
  }

  @Test
  void intersectOfTouchingOrSeparateSlotsIsNothing() {
    assertThat(FreeTime.intersect(List.of(s("08:00", "10:00")), List.of(s("10:00", "12:00"))))
        .isEmpty();
    assertThat(FreeTime.intersect(List.of(s("08:00", "09:00")), List.of(s("10:00", "12:00"))))
        .isEmpty();
  }

  @Test
  void intersectWithNothingIsNothing() {
    assertThat(FreeTime.intersect(List.of(s("08:00", "10:00")), List.of())).isEmpty();
    assertThat(FreeTime.intersect(List.of(), List.of(s("08:00", "10:00")))).isEmpty();
  }

  @Test
  void intersectWalksSeveralSlotsOnEachSide() {
    List<TimeSlot> clinician = List.of(s("08:00", "12:00"), s("13:00", "17:00"));
    List<TimeSlot> room = List.of(s("07:00", "09:00"), s("10:00", "14:00"), s("16:00", "18:00"));

    assertThat(FreeTime.intersect(clinician, room))
        .containsExactly(
            s("08:00", "09:00"), s("10:00", "12:00"), s("13:00", "14:00"), s("16:00", "17:00"));
    assertThat(FreeTime.intersect(room, clinician))
        .containsExactly(
            s("08:00", "09:00"), s("10:00", "12:00"), s("13:00", "14:00"), s("16:00", "17:00"));
  }
}
