package org.procedura.api.scheduling;

/** A visit is a consult or a follow-up. */
public enum VisitKind {
  CONSULT,
  FOLLOW_UP
}
