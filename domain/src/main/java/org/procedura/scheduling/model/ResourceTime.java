package org.procedura.scheduling.model;

import java.util.List;
import java.util.UUID;
import org.procedura.shared.model.Check;

/**
 * A clinician's or room's time within a search window: when it works, and when it is already held
 * (appointments with their turnover, time off, maintenance).
 */
public record ResourceTime(UUID id, String name, List<TimeSlot> working, List<TimeSlot> held) {
  public ResourceTime {
    Check.present(id, "id");
    working = FreeTime.merge(working);
    held = FreeTime.merge(held);
  }

  /** Working and held by nothing: where a slot itself may lie. */
  public List<TimeSlot> available() {
    return FreeTime.subtract(working, held);
  }

  /**
   * Can it take {@code slot} followed by {@code turnover}? The slot must lie in working time; the
   * turnover may run past closing (cleaning after the last patient) but into nothing held.
   */
  public boolean freeFor(TimeSlot slot, java.time.Duration turnover) {
    return working.stream().anyMatch(window -> window.contains(slot))
        && !isHeldDuring(slot.extendedBy(turnover));
  }

  public boolean isHeldDuring(TimeSlot slot) {
    for (TimeSlot taken : held) {
      if (taken.overlaps(slot)) {
        return true;
      }
      if (!taken.start().isBefore(slot.end())) {
        return false;
      }
    }
    return false;
  }
}
