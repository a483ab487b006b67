package org.procedura.outcomes.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.procedura.outcomes.model.Assessment;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Relief;
import org.procedura.outcomes.model.Scale;

/**
 * A follow-up with its response: each measure assessed against the baseline, the relief it shows
 * (null until done, or without a pain score), and whether any measure improved meaningfully (null
 * when none has a threshold).
 */
public record FollowUpView(
    FollowUp followUp, List<Assessment> assessments, BigDecimal relief, Boolean meaningful) {

  public static FollowUpView of(FollowUp followUp, Map<Scale, Measure> baseline) {
    List<Assessment> assessed = followUp.assessments(baseline);
    BigDecimal relief = Relief.shownBy(baseline, followUp.getMeasures()).orElse(null);
    List<Boolean> verdicts =
        assessed.stream().map(Assessment::meaningful).filter(v -> v != null).toList();
    Boolean meaningful = verdicts.isEmpty() ? null : verdicts.contains(Boolean.TRUE);
    return new FollowUpView(followUp, assessed, relief, meaningful);
  }
}
