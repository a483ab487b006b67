package org.procedura.reports.model;

import java.time.LocalDate;
import java.util.List;
import org.procedura.scheduling.model.TimeSlot;

/** The counts behind the outcome reports, over the procedures completed within a window. */
public interface OutcomeFigures {

  /** The follow-ups planned, per row and status, and whether their window closed before today. */
  List<FollowUpCount> followUps(TimeSlot completed, OutcomeGrouping by, LocalDate today);

  /** The scores of the done follow-ups against their baselines, NRS, ODI, NDI and PGIC. */
  List<ScoreCount> scores(TimeSlot completed, OutcomeGrouping by);

  /** Every done follow-up with its pain, by procedure and in the order recorded. */
  List<ReliefObservation> relief(TimeSlot completed);
}
