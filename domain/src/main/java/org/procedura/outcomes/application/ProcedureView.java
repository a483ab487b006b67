package org.procedura.outcomes.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.procedura.outcomes.model.DiaryEntry;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Relief;
import org.procedura.outcomes.model.Scale;

/**
 * A procedure with its baseline, its follow-ups as assessed, its pain diary with the relief at each
 * time point, and how long its relief has lasted. Before it is completed there is only the course
 * and the baseline taken so far: {@code record} and {@code durableRelief} are null.
 */
public record ProcedureView(
    FollowUp.Course course,
    ProcedureRecord record,
    Map<Scale, Measure> baseline,
    List<FollowUpView> followUps,
    List<DiaryPoint> diary,
    DurableRelief durableRelief) {

  static ProcedureView beforeCompletion(FollowUp.Course course, Map<Scale, Measure> baseline) {
    return new ProcedureView(course, null, baseline, List.of(), List.of(), null);
  }

  public boolean completed() {
    return record != null;
  }

  /** A diary entry with its relief against the NRS baseline (null without one). */
  public record DiaryPoint(DiaryEntry entry, BigDecimal relief) {
    static DiaryPoint of(DiaryEntry entry, Map<Scale, Measure> baseline) {
      Measure before = baseline.get(Scale.NRS);
      return new DiaryPoint(
          entry, before == null ? null : Relief.percent(before.score(), entry.pain().score()));
    }
  }
}
