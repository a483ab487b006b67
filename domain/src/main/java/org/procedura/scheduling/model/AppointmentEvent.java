package org.procedura.scheduling.model;

import java.time.Instant;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Check;

/** One step in an appointment's life: what happened, when, by whom, and why where it matters. */
public record AppointmentEvent(Type type, Instant at, Actor by, String note) {
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
    Check.present(at, "at");
    Check.present(by, "by");
    note = Check.optionalText(note, "note", 500);
  }
}
