package org.procedura.rules.model;

import java.util.Optional;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.CheckedRules;

/** What each booking was checked against, and who acknowledged which warnings and why. */
public interface RuleCheckRecords {
  void record(AppointmentId appointment, CheckedRules checked);

  Optional<RecordedRuleCheck> of(AppointmentId appointment);
}
