package org.procedura.outcomes.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a follow-up stands: due until done, or missed once its window has closed. */
public enum FollowUpStatus {
  DUE,
  DONE,
  MISSED;

  private static final Map<FollowUpStatus, Set<FollowUpStatus>> NEXT =
      Map.of(
          DUE, EnumSet.of(DONE, MISSED),
          DONE, EnumSet.noneOf(FollowUpStatus.class),
          MISSED, EnumSet.noneOf(FollowUpStatus.class));

  public boolean mayBecome(FollowUpStatus next) {
    return NEXT.get(this).contains(next);
  }
}
