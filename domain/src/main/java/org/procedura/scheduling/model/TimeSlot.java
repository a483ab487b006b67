package org.procedura.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** A half-open interval of time, [start, end). */
public record TimeSlot(Instant start, Instant end) {
  public TimeSlot {
    Check.present(start, "start");
    Check.present(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidInputException("end", "end must be after start");
    }
  }

  public static TimeSlot of(Instant start, Duration length) {
    return new TimeSlot(start, start.plus(length));
  }

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(TimeSlot other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public TimeSlot extendedBy(Duration extra) {
    return extra.isZero() ? this : new TimeSlot(start, end.plus(extra));
  }
}
