package org.procedura.referral.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record ReferralId(UUID value) {
  public ReferralId {
    Check.present(value, "referralId");
  }

  public static ReferralId newId() {
    return new ReferralId(UUID.randomUUID());
  }

  public static ReferralId of(String value) {
    return new ReferralId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
