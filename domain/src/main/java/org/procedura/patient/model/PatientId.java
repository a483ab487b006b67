package org.procedura.patient.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record PatientId(UUID value) {
  public PatientId {
    Check.present(value, "patientId");
  }

  public static PatientId newId() {
    return new PatientId(UUID.randomUUID());
  }

  public static PatientId of(String value) {
    return new PatientId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
