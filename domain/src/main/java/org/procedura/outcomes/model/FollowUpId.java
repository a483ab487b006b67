package org.procedura.outcomes.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record FollowUpId(UUID value) {
  public FollowUpId {
    Check.present(value, "followUpId");
  }

  public static FollowUpId newId() {
    return new FollowUpId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
