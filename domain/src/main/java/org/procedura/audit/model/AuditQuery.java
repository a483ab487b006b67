package org.procedura.audit.model;

import java.time.Instant;
import java.util.UUID;
import org.procedura.shared.model.InvalidInputException;

/** Which entries of the trail to list; every criterion is optional, the time range half-open. */
public record AuditQuery(UUID patientId, String username, Instant from, Instant to) {
  public AuditQuery {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidInputException("to", "to must be after from");
    }
    username = username == null || username.isBlank() ? null : username.strip();
  }

  public static AuditQuery ofPatient(UUID patientId) {
    return new AuditQuery(patientId, null, null, null);
  }
}
