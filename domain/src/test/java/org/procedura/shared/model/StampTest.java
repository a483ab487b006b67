package org.procedura.shared.model;

import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StampTest {

  @Test
  void needsBothTheTimeAndTheActor() {
    assertInvalid("at", () -> new Stamp(null, new Actor("nurse")));
    assertInvalid("by", () -> new Stamp(Instant.EPOCH, null));
  }
}
