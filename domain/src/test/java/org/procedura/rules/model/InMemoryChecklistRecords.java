package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.procedura.scheduling.model.AppointmentId;

/** Checklist entries appended per appointment, the first recorded first. */
public final class InMemoryChecklistRecords implements ChecklistRecords {
  private final Map<AppointmentId, List<ChecklistEntry>> entries = new HashMap<>();

  @Override
  public void record(AppointmentId appointment, ChecklistEntry entry) {
    entries.computeIfAbsent(appointment, id -> new ArrayList<>()).add(entry);
  }

  @Override
  public List<ChecklistEntry> of(AppointmentId appointment) {
    return List.copyOf(entries.getOrDefault(appointment, List.of()));
  }
}
