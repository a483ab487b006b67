package org.procedura.rules.model;

import java.time.Instant;
import java.util.Map;
import org.procedura.scheduling.model.AppointmentId;

/** The checklist items recorded for each appointment, with who recorded them and when. */
public interface ChecklistRecords {

  /** Records the item once; recording it again keeps the first record. */
  void record(AppointmentId appointment, ChecklistItem item, String by, Instant at);

  Map<ChecklistItem, Instant> of(AppointmentId appointment);
}
