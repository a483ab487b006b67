package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import org.procedura.rules.model.RecordedRuleCheck;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.NotFoundException;

/** What a booked procedure was checked against, and the acknowledgement it carried, for review. */
public class AppointmentRuleChecks {
  private final RuleCheckRecords records;

  public AppointmentRuleChecks(RuleCheckRecords records) {
    this.records = records;
  }

  @Transactional
  public RecordedRuleCheck of(AppointmentId appointment) {
    return records
        .of(appointment)
        .orElseThrow(() -> new NotFoundException("rule check of appointment", appointment));
  }
}
