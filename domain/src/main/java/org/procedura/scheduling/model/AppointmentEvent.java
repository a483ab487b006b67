package org.procedura.scheduling.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/** One step in an appointment's life: what happened, who did it when, and why where it matters. */
public record AppointmentEvent(Type type, Stamp stamp, String note) {
  public enum Type {
    BOOKED,
    CONFIRMED,
    CHECKED_IN,
    STARTED,
    COMPLETED,
    CANCELLED,
    NO_SHOW,
    RESCHEDULED
  }

  public AppointmentEvent {
    Check.present(type, "type");
    Check.present(stamp, "stamp");
    note = Check.optionalText(note, "note", 500);
  }
}
