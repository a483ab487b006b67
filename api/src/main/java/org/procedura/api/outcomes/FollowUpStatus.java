package org.procedura.api.outcomes;

/**
 * DUE until done; MISSED once its window closed undone, then still to reach until recorded late
 * (DONE, with {@code recordedLate}) or closed with a reason (CLOSED). Steps: DUE -> DONE, DUE ->
 * MISSED, MISSED -> DONE, MISSED -> CLOSED.
 */
public enum FollowUpStatus {
  DUE,
  DONE,
  MISSED,
  CLOSED
}
