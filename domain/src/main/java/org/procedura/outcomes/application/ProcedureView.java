package org.procedura.outcomes.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.procedura.outcomes.model.DiaryEntry;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Relief;
import org.procedura.outcomes.model.Scale;

/**
 * A procedure with its baseline, its follow-ups as assessed, its pain diary with the relief at each
 * time point, and how long its relief has lasted.
 */
public record ProcedureView(
    ProcedureRecord record,
    Map<Scale, Measure> baseline,
    List<FollowUpView> followUps,
    List<DiaryPoint> diary,
    DurableRelief durableRelief) {

  /** A diary entry with its relief against the NRS baseline (null without one). */
  public record DiaryPoint(DiaryEntry entry, BigDecimal relief) {
    static DiaryPoint of(DiaryEntry entry, Map<Scale, Measure> baseline) {
      Measure before = baseline.get(Scale.NRS);
      return new DiaryPoint(
          entry, before == null ? null : Relief.percent(before.score(), entry.pain().score()));
    }
  }
}
