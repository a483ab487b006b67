package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulingGridTest {
  private static final Instant NINE = Instant.parse("2026-11-23T14:00:00Z");

  private static Instant nine(String plus) {
    return NINE.plus(Duration.parse(plus));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT5M", "PT55M", "PT10H"})
  void acceptsAStartOnAFiveMinuteBoundary(String offset) {
    Instant start = nine(offset);

    assertThat(SchedulingGrid.requireOnGrid(start, "start")).isEqualTo(start);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT3M", "PT1S", "PT0.000000001S", "PT4M59S", "PT-1S", "PT5M0.001S"})
  void refusesAStartOffTheGrid(String offset) {
    assertInvalid("start", () -> SchedulingGrid.requireOnGrid(nine(offset), "start"));
  }

  @Test
  void namesTheFieldItChecks() {
    assertInvalid("from", () -> SchedulingGrid.requireOnGrid(nine("PT3M"), "from"));
  }

  @Test
  void ceilKeepsAnInstantOnTheGrid() {
    assertThat(SchedulingGrid.ceil(NINE)).isEqualTo(NINE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0.000000001S", "PT1S", "PT2M30S", "PT4M59S", "PT4M59.999999999S"})
  void ceilMovesAnythingPastABoundaryToTheNextOne(String offset) {
    assertThat(SchedulingGrid.ceil(nine(offset))).isEqualTo(nine("PT5M"));
  }

  @Test
  void ceilOfTheNextBoundaryIsThatBoundary() {
    assertThat(SchedulingGrid.ceil(nine("PT5M"))).isEqualTo(nine("PT5M"));
  }

  @Test
  void ceilOfAnInstantJustBeforeABoundaryIsThatBoundary() {
    assertThat(SchedulingGrid.ceil(NINE.minusNanos(1))).isEqualTo(NINE);
  }

  @Test
  void aThirtyMinuteSlotCoversSixCells() {
    List<Instant> cells = SchedulingGrid.cellsOf(TimeSlot.of(NINE, Duration.ofMinutes(30)));

    assertThat(cells)
        .containsExactly(
            NINE, nine("PT5M"), nine("PT10M"), nine("PT15M"), nine("PT20M"), nine("PT25M"));
  }

  @Test
  void aSeventeenMinuteSlotCoversFourCells() {
    List<Instant> cells = SchedulingGrid.cellsOf(TimeSlot.of(NINE, Duration.ofMinutes(17)));

    assertThat(cells).containsExactly(NINE, nine("PT5M"), nine("PT10M"), nine("PT15M"));
  }

  @Test
  void aFiveMinuteSlotCoversOneCellAndOneNanosecondMoreCoversTwo() {
    assertThat(SchedulingGrid.cellsOf(TimeSlot.of(NINE, Duration.ofMinutes(5))))
        .containsExactly(NINE);
    assertThat(SchedulingGrid.cellsOf(TimeSlot.of(NINE, Duration.ofMinutes(5).plusNanos(1))))
        .containsExactly(NINE, nine("PT5M"));
  }

  @Test
  void aSlotOffTheGridCoversTheCellItStartsIn() {
    TimeSlot offGrid = new TimeSlot(nine("PT3M"), nine("PT13M"));

    assertThat(SchedulingGrid.cellsOf(offGrid)).containsExactly(NINE, nine("PT5M"), nine("PT10M"));
  }

  @Test
  void aShortSlotWithinOneCellCoversOnlyThatCell() {
    TimeSlot withinOneCell = new TimeSlot(nine("PT1M"), nine("PT4M"));

    assertThat(SchedulingGrid.cellsOf(withinOneCell)).containsExactly(NINE);
  }
}
