package org.procedura.outcomes.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a follow-up stands: DUE until done; MISSED once its window has closed undone, and then
 * still to reach until it is recorded late (DONE) or closed with a reason (CLOSED).
 *
 * <pre>
 * DUE    -> DONE    recorded (late when recorded after the window closed)
 * DUE    -> MISSED  the nightly job, the day after the window closed
 * MISSED -> DONE    recorded late
 * MISSED -> CLOSED  given up on, with a reason
 * </pre>
 */
public enum FollowUpStatus {
  DUE,
  DONE,
  MISSED,
  CLOSED;

  private static final Map<FollowUpStatus, Set<FollowUpStatus>> NEXT =
      Map.of(
          DUE, EnumSet.of(DONE, MISSED),
          DONE, EnumSet.noneOf(FollowUpStatus.class),
          MISSED, EnumSet.of(DONE, CLOSED),
          CLOSED, EnumSet.noneOf(FollowUpStatus.class));

  public boolean mayBecome(FollowUpStatus next) {
    return NEXT.get(this).contains(next);
  }
}
