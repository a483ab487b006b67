package org.procedura.api.outcomes;

public enum Worklist {
  DUE_THIS_WEEK,
  OVERDUE,
  MISSED
}
