package org.procedura.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.procedura.shared.model.InvalidInputException;

/**
 * Appointments start on a five-minute grid, and the time a resource is held is stored as the
 * five-minute cells it covers: a unique key on (resource, cell) is what lets the database itself
 * refuse a double booking, from any number of application instances.
 */
public final class SchedulingGrid {
  public static final Duration CELL = Duration.ofMinutes(5);
  private static final long CELL_SECONDS = CELL.toSeconds();

  private SchedulingGrid() {}

  public static Instant requireOnGrid(Instant start, String field) {
    if (start.getEpochSecond() % CELL_SECONDS != 0 || start.getNano() != 0) {
      throw new InvalidInputException(field, field + " must be on a 5-minute boundary");
    }
    return start;
  }

  /** The first grid instant at or after {@code instant}. */
  public static Instant ceil(Instant instant) {
    long seconds = instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
    long remainder = Math.floorMod(seconds, CELL_SECONDS);
    return Instant.ofEpochSecond(remainder == 0 ? seconds : seconds + CELL_SECONDS - remainder);
  }

  /** The cells a held slot covers: every cell that any part of the slot falls in. */
  public static List<Instant> cellsOf(TimeSlot held) {
    List<Instant> cells = new ArrayList<>();
    long first = Math.floorDiv(held.start().getEpochSecond(), CELL_SECONDS) * CELL_SECONDS;
    for (Instant cell = Instant.ofEpochSecond(first);
        cell.isBefore(held.end());
        cell = cell.plus(CELL)) {
      cells.add(cell);
    }
    return cells;
  }
}
