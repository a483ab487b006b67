package org.procedura.api.outcomes;

public enum FollowUpStatus {
  DUE,
  DONE,
  MISSED
}
