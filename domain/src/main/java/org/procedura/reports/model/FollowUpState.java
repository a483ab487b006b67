package org.procedura.reports.model;

import org.procedura.outcomes.model.FollowUpStatus;

/**
 * Where a planned follow-up stands for the outcome figures: done; lost to follow-up (missed, closed
 * without scores, or still due after its window closed, before the nightly job marks it); or still
 * open, within its window, counted nowhere yet.
 */
public enum FollowUpState {
  DONE,
  LOST,
  OPEN;

  public static FollowUpState of(FollowUpStatus status, boolean windowClosed) {
    return switch (status) {
      case DONE -> DONE;
      case MISSED, CLOSED -> LOST;
      case DUE -> windowClosed ? LOST : OPEN;
    };
  }
}
