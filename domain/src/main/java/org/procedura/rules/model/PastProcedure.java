package org.procedura.rules.model;

import java.time.Period;
import java.util.UUID;
import org.procedura.shared.model.Check;

/**
 * A procedure on the patient's chart as the rules count it: done here, booked here (not cancelled
 * or a no-show, whether before or after the one being planned), or done elsewhere. What it achieved
 * is the best percent relief recorded and how long relief of at least half lasted; both null until
 * measured, and always null for a booking still to come.
 *
 * @param appointment the appointment here (null for one done elsewhere), so that a booking being
 *     moved or checked in is not counted against itself
 */
public record PastProcedure(
    ProcedureFacts procedure,
    Integer peakReliefPercent,
    Period halfReliefLasted,
    Source source,
    UUID appointment) {

  /** Where the chart knows the procedure from. */
  public enum Source {
    DONE_HERE,
    BOOKED_HERE,
    DONE_ELSEWHERE
  }

  public PastProcedure {
    Check.present(procedure, "procedure");
    Check.present(source, "source");
  }

  /** A procedure done here whose appointment does not matter to the caller. */
  public PastProcedure(ProcedureFacts procedure, Integer peakReliefPercent, Period lasted) {
    this(procedure, peakReliefPercent, lasted, Source.DONE_HERE, null);
  }

  public static PastProcedure booked(ProcedureFacts procedure, UUID appointment) {
    return new PastProcedure(procedure, null, null, Source.BOOKED_HERE, appointment);
  }

  public static PastProcedure elsewhere(
      ProcedureFacts procedure, Integer peakReliefPercent, Period lasted) {
    return new PastProcedure(procedure, peakReliefPercent, lasted, Source.DONE_ELSEWHERE, null);
  }

  public boolean reliefOfAtLeast(int percent) {
    return peakReliefPercent != null && peakReliefPercent >= percent;
  }
}
