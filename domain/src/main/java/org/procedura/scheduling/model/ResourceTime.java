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

  /** Free for [start, start + length)? Working at least as long as the slot, held by nothing. */
  public boolean freeFor(TimeSlot slot, java.time.Duration turnover) {
    return working.stream().anyMatch(window -> window.contains(slot))
        && held.stream().noneMatch(taken -> taken.overlaps(slot.extendedBy(turnover)));
  }

  /**
   * The stretches in which a slot may start and run with its turnover: working windows stretched by
   * the turnover at their end (cleaning may run past closing), less the held time.
   */
  List<TimeSlot> free(java.time.Duration turnover) {
    List<TimeSlot> stretched = working.stream().map(window -> window.extendedBy(turnover)).toList();
    return FreeTime.subtract(stretched, held);
  }
}
