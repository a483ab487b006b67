package org.procedura.outcomes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.SteroidCap;
import org.procedura.outcomes.model.SteroidCaps;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SteroidCapsJdbcAdapterIT extends RealDatabaseTest {
  @Autowired SteroidCaps caps;

  /** The generic names of changeset 300 and the brand names of changeset 305, alphabetically. */
  @Test
  void readsTheSeededCapsPerSessionInTheOrderOfTheDrugs() {
    assertThat(caps.all())
        .extracting(SteroidCap::drug, cap -> cap.maxMgPerSession().intValueExact())
        .containsExactly(
            tuple("betamethasone", 12),
            tuple("celestone", 12),
            tuple("decadron", 10),
            tuple("depo-medrol", 80),
            tuple("dexamethasone", 10),
            tuple("kenalog", 80),
            tuple("methylprednisolone", 80),
            tuple("triamcinolone", 80));
  }
}
