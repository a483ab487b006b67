package org.procedura.authorization.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record PriorAuthorizationId(UUID value) {
  public PriorAuthorizationId {
    Check.present(value, "authorizationId");
  }

  public static PriorAuthorizationId newId() {
    return new PriorAuthorizationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
