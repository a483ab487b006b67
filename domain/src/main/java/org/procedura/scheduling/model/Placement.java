package org.procedura.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Who, where and when: the clinician and room, the slot, and the turnover after it during which the
 * room is cleaned and the clinician cannot start the next patient.
 */
public record Placement(ClinicianId clinician, RoomId room, TimeSlot slot, Duration turnover) {
  public Placement {
    Check.present(clinician, "clinicianId");
    Check.present(room, "roomId");
    Check.present(slot, "start");
    SchedulingGrid.requireOnGrid(slot.start(), "start");
    Check.present(turnover, "turnover");
    if (turnover.isNegative()) {
      throw new InvalidInputException("turnover", "turnover cannot be negative");
    }
  }

  /** A booking or a move may start exactly now, never earlier. */
  public void requireNotPast(Instant now) {
    if (slot.start().isBefore(now)) {
      throw new InvalidInputException("start", "start is in the past");
    }
  }

  /** The time the clinician and the room are held: the slot and its turnover. */
  public TimeSlot held() {
    return slot.extendedBy(turnover);
  }
}
