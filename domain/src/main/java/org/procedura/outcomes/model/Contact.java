package org.procedura.outcomes.model;

/** How a follow-up was done: at a visit (an appointment booked through scheduling) or by a call. */
public enum Contact {
  VISIT,
  CALL
}
