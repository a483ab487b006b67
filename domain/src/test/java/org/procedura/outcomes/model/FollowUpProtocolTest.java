package org.procedura.outcomes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpProtocolTest {

  @Test
  void measuresNrsAlwaysAndTheAbsoluteScalesGiven() {
    var lumbar =
        new FollowUpProtocol(OutcomeFixtures.RFA, List.of(), List.of(), Set.of(Scale.ODI), null);
    var none = new FollowUpProtocol(OutcomeFixtures.RFA, List.of(), List.of(), null, null);

    assertThat(lumbar.getMeasures()).containsExactly(Scale.NRS, Scale.ODI);
    assertThat(none.getMeasures()).containsExactly(Scale.NRS);
  }

  @Test
  void aRelativeScaleHasNoBaselineAndIsRefusedAsAMeasure() {
    var protocol = new FollowUpProtocol(OutcomeFixtures.RFA, List.of(), List.of(), Set.of(), 0L);

    assertInvalid(
        "measures", () -> protocol.revise(0, List.of(), List.of(), Set.of(Scale.PERCENT_RELIEF)));
    assertThat(protocol.getMeasures()).containsExactly(Scale.NRS);
  }
}
