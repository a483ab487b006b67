package org.procedura.console.web;

import java.util.Locale;
import java.util.UUID;

/**
 * One appointment as a block of the day view: patient, what is done and where, its status, and who
 * or what is {@code alongside} (the physician in a room's column, the room in a physician's).
 */
record DayBlock(
    UUID appointmentId,
    UUID patientId,
    String patientName,
    String what,
    String site,
    String from,
    String to,
    String alongside,
    String status) {

  public String statusLabel() {
    return status.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** The CSS class that colours the block by status, e.g. {@code status-checked-in}. */
  public String statusClass() {
    return "status-" + status.replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
