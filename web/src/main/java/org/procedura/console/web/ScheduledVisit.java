package org.procedura.console.web;

import java.util.Locale;
import java.util.UUID;

/** An appointment as a console list shows it, times in the clinic's zone. */
record ScheduledVisit(
    UUID id,
    UUID patientId,
    String patientName,
    String mrn,
    String kind,
    String procedureType,
    String clinicianName,
    String roomName,
    String day,
    String start,
    String end,
    String status) {

  /** The status in words, e.g. "checked in". */
  public String statusLabel() {
    return status.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** What is done: the procedure's code, or the kind of visit. */
  public String what() {
    return procedureType != null ? procedureType : kind.replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
