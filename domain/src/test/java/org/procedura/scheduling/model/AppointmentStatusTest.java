package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.AppointmentStatus.BOOKED;
import static org.procedura.scheduling.model.AppointmentStatus.CANCELLED;
import static org.procedura.scheduling.model.AppointmentStatus.CHECKED_IN;
import static org.procedura.scheduling.model.AppointmentStatus.COMPLETED;
import static org.procedura.scheduling.model.AppointmentStatus.CONFIRMED;
import static org.procedura.scheduling.model.AppointmentStatus.IN_PROGRESS;
import static org.procedura.scheduling.model.AppointmentStatus.NO_SHOW;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AppointmentStatusTest {

  /** The transition table as the clinic's workflow describes it. */
  private static final Map<AppointmentStatus, Set<AppointmentStatus>> ALLOWED =
      Map.of(
          BOOKED, Set.of(CONFIRMED, CHECKED_IN, CANCELLED, NO_SHOW),
          CONFIRMED, Set.of(CHECKED_IN, CANCELLED, NO_SHOW),
          CHECKED_IN, Set.of(IN_PROGRESS, CANCELLED),
          IN_PROGRESS, Set.of(COMPLETED),
          COMPLETED, Set.of(),
          CANCELLED, Set.of(),
          NO_SHOW, Set.of());

  static Stream<Arguments> everyPair() {
    return Arrays.stream(AppointmentStatus.values())
        .flatMap(
            from ->
                Arrays.stream(AppointmentStatus.values())
                    .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @MethodSource("everyPair")
  void followsTheTransitionTable(AppointmentStatus from, AppointmentStatus to, boolean allowed) {
    assertThat(from.mayBecome(to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @EnumSource(
      value = AppointmentStatus.class,
      names = {"CANCELLED", "NO_SHOW"},
      mode = EnumSource.Mode.EXCLUDE)
  void holdsItsSlotUnlessCancelledOrNotShown(AppointmentStatus status) {
    assertThat(status.holdsItsSlot()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = AppointmentStatus.class,
      names = {"CANCELLED", "NO_SHOW"})
  void givesItsSlotBackWhenCancelledOrNotShown(AppointmentStatus status) {
    assertThat(status.holdsItsSlot()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = AppointmentStatus.class,
      names = {"BOOKED", "CONFIRMED"})
  void mayBeRescheduledBeforeThePatientArrives(AppointmentStatus status) {
    assertThat(status.mayBeRescheduled()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = AppointmentStatus.class,
      names = {"BOOKED", "CONFIRMED"},
      mode = EnumSource.Mode.EXCLUDE)
  void mayNotBeRescheduledOnceThePatientArrivedOrItEnded(AppointmentStatus status) {
    assertThat(status.mayBeRescheduled()).isFalse();
  }
}
