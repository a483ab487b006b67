package org.procedura.history.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record OutsideProcedureId(UUID value) {
  public OutsideProcedureId {
    Check.present(value, "procedureId");
  }

  public static OutsideProcedureId newId() {
    return new OutsideProcedureId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
