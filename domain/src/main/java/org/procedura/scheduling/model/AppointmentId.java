package org.procedura.scheduling.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record AppointmentId(UUID value) {
  public AppointmentId {
    Check.present(value, "appointmentId");
  }

  public static AppointmentId newId() {
    return new AppointmentId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
