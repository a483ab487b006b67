package org.procedura.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.referral.model.ReferralFixtures.DECIDED_STAMP;
import static org.procedura.referral.model.ReferralFixtures.storedReferral;
import static org.procedura.referral.model.ReferralStatus.ACCEPTED;
import static org.procedura.referral.model.ReferralStatus.CLOSED;
import static org.procedura.referral.model.ReferralStatus.DECLINED;
import static org.procedura.referral.model.ReferralStatus.RECEIVED;
import static org.procedura.referral.model.ReferralStatus.SCHEDULED;
import static org.procedura.referral.model.ReferralStatus.TRIAGED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.procedura.shared.model.IllegalTransitionException;

/** Every pair of statuses: the allowed steps succeed, every other step is refused as illegal. */
class ReferralTransitionsTest {

  /** The shortest way to each status from receipt. */
  private static final Map<ReferralStatus, List<ReferralStatus>> PATH =
      Map.of(
          RECEIVED, List.of(),
          TRIAGED, List.of(TRIAGED),
          ACCEPTED, List.of(TRIAGED, ACCEPTED),
          DECLINED, List.of(TRIAGED, DECLINED),
          SCHEDULED, List.of(TRIAGED, ACCEPTED, SCHEDULED),
          CLOSED, List.of(TRIAGED, ACCEPTED, SCHEDULED, CLOSED));

  @Test
  void theTableIsTheDocumentedStatusMachine() {
    Map<ReferralStatus, Set<ReferralStatus>> table = new EnumMap<>(ReferralStatus.class);
    for (ReferralStatus from : ReferralStatus.values()) {
      table.put(from, next(from));
    }
    assertThat(table)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                RECEIVED, Set.of(TRIAGED),
                TRIAGED, Set.of(ACCEPTED, DECLINED),
                ACCEPTED, Set.of(SCHEDULED, CLOSED),
                DECLINED, Set.of(CLOSED),
                SCHEDULED, Set.of(CLOSED),
                CLOSED, Set.of()));
  }

  private static Set<ReferralStatus> next(ReferralStatus from) {
    Set<ReferralStatus> next = EnumSet.noneOf(ReferralStatus.class);
    for (ReferralStatus to : ReferralStatus.values()) {
      if (from.mayBecome(to)) {
        next.add(to);
      }
    }
    return next;
  }

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (ReferralStatus from : ReferralStatus.values()) {
      for (ReferralStatus to : ReferralStatus.values()) {
        if (to != RECEIVED) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void takesExactlyTheStepsTheTableAllows(ReferralStatus from, ReferralStatus to) {
    Referral referral = in(from);
    int steps = referral.getHistory().size();

    if (from.mayBecome(to)) {
      step(referral, to);
      assertThat(referral.getStatus()).isEqualTo(to);
      assertThat(referral.getHistory()).hasSize(steps + 1);
      assertThat(referral.getHistory().getLast().from()).isEqualTo(from);
      assertThat(referral.getHistory().getLast().to()).isEqualTo(to);
      assertThat(referral.getHistory().getLast().stamp()).isEqualTo(DECIDED_STAMP);
    } else {
      assertThatThrownBy(() -> step(referral, to))
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              e -> {
                assertThat(e.currentState()).isEqualTo(from.name());
                assertThat(e.requestedState()).isEqualTo(to.name());
                assertThat(e.resource()).isEqualTo("referral " + referral.getId());
              });
      assertThat(referral.getStatus()).isEqualTo(from);
      assertThat(referral.getHistory()).hasSize(steps);
    }
  }

  @Test
  void closedIsTheEnd() {
    assertThat(next(CLOSED)).isEmpty();
    for (ReferralStatus status : ReferralStatus.values()) {
      if (status != CLOSED) {
        assertThat(next(status)).as("from %s", status).isNotEmpty();
      }
    }
  }

  @Test
  void noStepLeadsBackToReceived() {
    // so no method asks for it, and the pairs above leave it out as a target
    for (ReferralStatus status : ReferralStatus.values()) {
      assertThat(status.mayBecome(RECEIVED)).as("from %s", status).isFalse();
    }
  }

  @Test
  void everyStatusCanBeReachedFromReceipt() {
    for (ReferralStatus status : ReferralStatus.values()) {
      assertThat(in(status).getStatus()).isEqualTo(status);
    }
  }

  private static Referral in(ReferralStatus status) {
    Referral referral = storedReferral();
    PATH.get(status).forEach(next -> step(referral, next));
    return referral;
  }

  /** The one intention-named method that asks for the step to {@code to}. */
  private static void step(Referral referral, ReferralStatus to) {
    switch (to) {
      case RECEIVED -> throw new IllegalArgumentException("no step leads to RECEIVED");
      case TRIAGED -> referral.triage(null, DECIDED_STAMP);
      case ACCEPTED -> referral.accept(null, DECIDED_STAMP);
      case DECLINED -> referral.decline("Not a candidate", DECIDED_STAMP);
      case SCHEDULED -> referral.markScheduled("APPT-1", DECIDED_STAMP);
      case CLOSED -> referral.close("Done", DECIDED_STAMP);
    }
  }
}
