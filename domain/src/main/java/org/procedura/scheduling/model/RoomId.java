package org.procedura.scheduling.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record RoomId(UUID value) {
  public RoomId {
    Check.present(value, "roomId");
  }

  public static RoomId newId() {
    return new RoomId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
