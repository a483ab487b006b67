package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class PregnancyTest {

  @Test
  void needsAStatusAndTheDayItWasChecked() {
    assertInvalid("status", () -> new Pregnancy(null, TODAY));
    assertInvalid("checkedOn", () -> new Pregnancy(PregnancyStatus.NOT_PREGNANT, null));
  }

  @Test
  void cannotHaveBeenCheckedInTheFuture() {
    assertInvalid(
        "checkedOn",
        () -> new Pregnancy(PregnancyStatus.PREGNANT, TODAY.plusDays(1)).checkedOn(TODAY));
    assertThat(new Pregnancy(PregnancyStatus.PREGNANT, TODAY).checkedOn(TODAY).status())
        .isEqualTo(PregnancyStatus.PREGNANT);
  }
}
