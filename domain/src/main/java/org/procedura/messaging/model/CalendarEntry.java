package org.procedura.messaging.model;

import java.time.Instant;
import org.procedura.shared.model.Check;

/**
 * The appointment as a calendar event: the same {@code uid} in every message about it, so that a
 * calendar updates the event on a reschedule and cancels it on a cancellation; {@code sequence}
 * counts the changes.
 */
public record CalendarEntry(
    String uid,
    Instant start,
    Instant end,
    String summary,
    String location,
    boolean cancelled,
    int sequence) {
  public CalendarEntry {
    Check.present(uid, "uid");
    Check.present(start, "start");
    Check.present(end, "end");
    Check.present(summary, "summary");
    Check.present(location, "location");
  }
}
