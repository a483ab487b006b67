package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.ProcedurePurpose.DIAGNOSTIC;
import static org.procedura.catalog.model.ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC;
import static org.procedura.catalog.model.ProcedurePurpose.THERAPEUTIC;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class ProcedurePurposeTest {

  @Test
  void aTypeThatMayBeEitherIsBookedForThePurposeAskedAndNeedsOne() {
    assertThat(DIAGNOSTIC_OR_THERAPEUTIC.bookedAs(DIAGNOSTIC)).isEqualTo(DIAGNOSTIC);
    assertThat(DIAGNOSTIC_OR_THERAPEUTIC.bookedAs(THERAPEUTIC)).isEqualTo(THERAPEUTIC);
    assertInvalid("purpose", () -> DIAGNOSTIC_OR_THERAPEUTIC.bookedAs(null));
  }

  @Test
  void aTypeOfOnePurposeIsBookedForItWhetherOrNotTheBookingRepeatsIt() {
    assertThat(DIAGNOSTIC.bookedAs(null)).isEqualTo(DIAGNOSTIC);
    assertThat(THERAPEUTIC.bookedAs(THERAPEUTIC)).isEqualTo(THERAPEUTIC);
    assertInvalid("purpose", () -> DIAGNOSTIC.bookedAs(THERAPEUTIC));
    assertInvalid("purpose", () -> THERAPEUTIC.bookedAs(DIAGNOSTIC));
  }

  @Test
  void aBookingIsNeverForEitherPurpose() {
    assertInvalid("purpose", () -> DIAGNOSTIC_OR_THERAPEUTIC.bookedAs(DIAGNOSTIC_OR_THERAPEUTIC));
    assertInvalid("purpose", () -> THERAPEUTIC.bookedAs(DIAGNOSTIC_OR_THERAPEUTIC));
  }
}
