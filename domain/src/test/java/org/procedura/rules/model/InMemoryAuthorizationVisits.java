package org.procedura.rules.model;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The visits of authorizations a test approves, each appointment using at most one. */
public final class InMemoryAuthorizationVisits implements AuthorizationVisits {
  private final Map<UUID, Integer> approved = new HashMap<>();
  private final Map<UUID, UUID> used = new HashMap<>();

  public InMemoryAuthorizationVisits approve(UUID authorization, int visits) {
    approved.put(authorization, visits);
    return this;
  }

  @Override
  public boolean use(UUID authorization, UUID appointment) {
    long others =
        used.entrySet().stream()
            .filter(e -> e.getValue().equals(authorization) && !e.getKey().equals(appointment))
            .count();
    if (others >= approved.getOrDefault(authorization, 0)) {
      return false;
    }
    used.put(appointment, authorization);
    return true;
  }

  @Override
  public void release(UUID appointment) {
    used.remove(appointment);
  }

  /** The authorization whose visit the appointment uses, or null. */
  public UUID usedBy(UUID appointment) {
    return used.get(appointment);
  }
}
