package org.procedura.rules.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.HoldInstruction;

/** What each booking was checked against, and who acknowledged which warnings and why. */
public interface RuleCheckRecords {
  void record(AppointmentId appointment, CheckedRules checked);

  Optional<RecordedRuleCheck> of(AppointmentId appointment);

  /**
   * The holds the patient was told for the appointment (one read, for every appointment answer).
   */
  List<HoldInstruction> holdsOf(AppointmentId appointment);

  /** Records what the rules found when they ran again at check-in. */
  void recordAtCheckIn(
      AppointmentId appointment,
      String ruleSetCode,
      Integer ruleSetVersion,
      List<Finding> findings,
      Instant at);
}
