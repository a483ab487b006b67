package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotTest {
  private static final Instant NINE = Instant.parse("2026-11-23T14:00:00Z");
  private static final Instant HALF_PAST_NINE = NINE.plus(Duration.ofMinutes(30));
  private static final Instant TEN = NINE.plus(Duration.ofHours(1));
  private static final Duration ONE_NANO = Duration.ofNanos(1);

  @Test
  void refusesAnEndEqualToTheStart() {
    assertInvalid("end", () -> new TimeSlot(NINE, NINE));
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertInvalid("end", () -> new TimeSlot(NINE, NINE.minus(ONE_NANO)));
  }

  @Test
  void acceptsAnEndOneNanosecondAfterTheStart() {
    assertThat(new TimeSlot(NINE, NINE.plus(ONE_NANO)).length()).isEqualTo(ONE_NANO);
  }

  @Test
  void refusesAMissingStartOrEnd() {
    assertInvalid("start", () -> new TimeSlot(null, TEN));
    assertInvalid("end", () -> new TimeSlot(NINE, null));
  }

  @Test
  void isBuiltFromAStartAndALength() {
    TimeSlot slot = TimeSlot.of(NINE, Duration.ofMinutes(30));

    assertThat(slot).isEqualTo(new TimeSlot(NINE, HALF_PAST_NINE));
    assertThat(slot.length()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void touchingSlotsDoNotOverlap() {
    TimeSlot first = new TimeSlot(NINE, HALF_PAST_NINE);
    TimeSlot second = new TimeSlot(HALF_PAST_NINE, TEN);

    assertThat(first.overlaps(second)).isFalse();
    assertThat(second.overlaps(first)).isFalse();
  }

  @Test
  void slotsSharingOneNanosecondOverlap() {
    TimeSlot first = new TimeSlot(NINE, HALF_PAST_NINE.plus(ONE_NANO));
    TimeSlot second = new TimeSlot(HALF_PAST_NINE, TEN);

    assertThat(first.overlaps(second)).isTrue();
    assertThat(second.overlaps(first)).isTrue();
  }

  @Test
  void aSlotOverlapsItselfAndOneItContains() {
    TimeSlot hour = new TimeSlot(NINE, TEN);
    TimeSlot inside = new TimeSlot(NINE.plus(Duration.ofMinutes(10)), HALF_PAST_NINE);

    assertThat(hour.overlaps(hour)).isTrue();
    assertThat(hour.overlaps(inside)).isTrue();
    assertThat(inside.overlaps(hour)).isTrue();
  }

  @Test
  void separateSlotsDoNotOverlap() {
    TimeSlot morning = new TimeSlot(NINE, HALF_PAST_NINE);
    TimeSlot later = new TimeSlot(TEN, TEN.plus(Duration.ofHours(1)));

    assertThat(morning.overlaps(later)).isFalse();
    assertThat(later.overlaps(morning)).isFalse();
  }

  @Test
  void containsItselfAndASlotSharingItsEdges() {
    TimeSlot hour = new TimeSlot(NINE, TEN);

    assertThat(hour.contains(hour)).isTrue();
    assertThat(hour.contains(new TimeSlot(NINE, HALF_PAST_NINE))).isTrue();
    assertThat(hour.contains(new TimeSlot(HALF_PAST_NINE, TEN))).isTrue();
  }

  @Test
  void doesNotContainASlotReachingOneNanosecondPastEitherEdge() {
    TimeSlot hour = new TimeSlot(NINE, TEN);

    assertThat(hour.contains(new TimeSlot(NINE.minus(ONE_NANO), HALF_PAST_NINE))).isFalse();
    assertThat(hour.contains(new TimeSlot(HALF_PAST_NINE, TEN.plus(ONE_NANO)))).isFalse();
  }

  @Test
  void doesNotContainALongerSlotThatContainsIt() {
    TimeSlot half = new TimeSlot(NINE, HALF_PAST_NINE);

    assertThat(half.contains(new TimeSlot(NINE, TEN))).isFalse();
  }

  @Test
  void extendedByMovesOnlyTheEnd() {
    TimeSlot slot = new TimeSlot(NINE, HALF_PAST_NINE);

    TimeSlot extended = slot.extendedBy(Duration.ofMinutes(10));

    assertThat(extended.start()).isEqualTo(NINE);
    assertThat(extended.end()).isEqualTo(HALF_PAST_NINE.plus(Duration.ofMinutes(10)));
    assertThat(extended.length()).isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void extendedByNothingIsTheSameSlot() {
    TimeSlot slot = new TimeSlot(NINE, HALF_PAST_NINE);

    assertThat(slot.extendedBy(Duration.ZERO)).isEqualTo(slot);
  }
}
