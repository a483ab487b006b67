package org.procedura.scheduling.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

/** Time a resource cannot be booked: a clinician's time off, a room's maintenance. */
public record Unavailability(UUID id, ResourceRef resource, TimeSlot period, String reason) {
  public Unavailability {
    Check.present(id, "id");
    Check.present(resource, "resource");
    Check.present(period, "period");
    reason = Check.text(reason, "reason", 200);
  }

  public static Unavailability of(ResourceRef resource, TimeSlot period, String reason) {
    return new Unavailability(UUID.randomUUID(), resource, period, reason);
  }
}
