package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_1;
import static org.procedura.scheduling.model.SchedulingFixtures.TPI;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;

class ClinicianTest {

  private static Clinician.Profile profile(boolean active, ProcedureTypeCode... credentials) {
    return new Clinician.Profile("Dr. Ana Alvarez", NPI_1, Set.of(credentials), active);
  }

  @Test
  void mayPerformWhatSheIsCredentialedFor() {
    Clinician alvarez = Clinician.register(profile(true, ESI));

    assertThat(alvarez.mayPerform(ESI)).isTrue();
    assertThat(alvarez.mayPerform(TPI)).isFalse();
  }

  @Test
  void mayPerformNothingWhileInactive() {
    Clinician onLeave = Clinician.register(profile(false, ESI, TPI));

    assertThat(onLeave.mayPerform(ESI)).isFalse();
    assertThat(onLeave.mayPerform(TPI)).isFalse();
    assertThat(onLeave.isActive()).isFalse();
  }

  @Test
  void aNewClinicianIsUnstored() {
    Clinician alvarez = Clinician.register(profile(true, ESI));

    assertThat(alvarez.getVersion()).isNull();
    assertThat(alvarez.getDisplayName()).isEqualTo("Dr. Ana Alvarez");
  }

  @Test
  void aProfileNeedsANameAnNpiAndCredentials() {
    assertInvalid("displayName", () -> new Clinician.Profile(" ", NPI_1, Set.of(), true));
    assertInvalid(
        "displayName", () -> new Clinician.Profile("x".repeat(121), NPI_1, Set.of(), true));
    assertInvalid("npi", () -> new Clinician.Profile("Dr. Alvarez", null, Set.of(), true));
    assertInvalid("credentials", () -> new Clinician.Profile("Dr. Alvarez", NPI_1, null, true));
  }

  @Test
  void aProfileAcceptsANameOfOneHundredTwentyCharacters() {
    assertThat(new Clinician.Profile("x".repeat(120), NPI_1, Set.of(), true).displayName())
        .hasSize(120);
  }

  @Test
  void refusesAnEmptyCredentialEntry() {
    Set<ProcedureTypeCode> withNull = new HashSet<>();
    withNull.add(ESI);
    withNull.add(null);

    assertInvalid("credentials", () -> new Clinician.Profile("Dr. Alvarez", NPI_1, withNull, true));
  }

  @Test
  void revisesTheProfileSeenAtTheCurrentVersion() {
    Clinician stored = new Clinician(ClinicianId.newId(), profile(true, ESI), 3L);

    stored.revise(3, profile(true, ESI, TPI));

    assertThat(stored.mayPerform(TPI)).isTrue();
  }

  @Test
  void refusesARevisionOfAStaleCopy() {
    Clinician stored = new Clinician(ClinicianId.newId(), profile(true, ESI), 3L);

    assertStale(2, 3, () -> stored.revise(2, profile(true, ESI, TPI)));
    assertThat(stored.mayPerform(TPI)).isFalse();
  }

  @Test
  void refusesARevisionOfAClinicianNeverStored() {
    Clinician unstored = Clinician.register(profile(true, ESI));

    assertThatThrownBy(() -> unstored.revise(0, profile(true)))
        .isInstanceOf(IllegalStateException.class);
  }
}
