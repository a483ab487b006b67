package org.procedura.scheduling.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record ClinicianId(UUID value) {
  public ClinicianId {
    Check.present(value, "clinicianId");
  }

  public static ClinicianId newId() {
    return new ClinicianId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
