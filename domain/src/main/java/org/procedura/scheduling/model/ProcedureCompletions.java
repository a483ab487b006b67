package org.procedura.scheduling.model;

import java.time.Instant;
import org.procedura.shared.model.Actor;

/**
 * Told of every completed procedure appointment, inside the completion's transaction: whatever it
 * refuses rolls the completion back. The follow-up of outcomes implements it; scheduling knows
 * nothing of what it does.
 */
@FunctionalInterface
public interface ProcedureCompletions {
  ProcedureCompletions NONE = (appointment, at, by) -> {};

  void procedureCompleted(Appointment appointment, Instant at, Actor by);
}
