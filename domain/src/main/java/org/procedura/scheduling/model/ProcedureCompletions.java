package org.procedura.scheduling.model;

import org.procedura.shared.model.Stamp;

/**
 * Told of every completed procedure appointment, inside the completion's transaction: whatever it
 * refuses rolls the completion back. The follow-up of outcomes implements it; scheduling knows
 * nothing of what it does.
 */
@FunctionalInterface
public interface ProcedureCompletions {
  ProcedureCompletions NONE = (appointment, completed) -> {};

  /** {@code completed} says who completed it and when. */
  void procedureCompleted(Appointment appointment, Stamp completed);
}
