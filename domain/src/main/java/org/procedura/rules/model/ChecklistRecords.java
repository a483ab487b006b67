package org.procedura.rules.model;

import java.util.List;
import org.procedura.scheduling.model.AppointmentId;

/**
 * The checklist items recorded for each appointment. Recording an item again adds a new entry
 * rather than overwriting: the latest counts, the earlier ones stay as what it corrected.
 */
public interface ChecklistRecords {

  void record(AppointmentId appointment, ChecklistEntry entry);

  /** Every entry recorded for the appointment, oldest first. */
  List<ChecklistEntry> of(AppointmentId appointment);
}
