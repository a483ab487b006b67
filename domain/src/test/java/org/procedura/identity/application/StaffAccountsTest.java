package org.procedura.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.identity.model.InMemoryUserAccounts;
import org.procedura.identity.model.Role;

class StaffAccountsTest {
  private static final String PASSWORD = "a long enough secret";

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final StaffAccounts staff = new StaffAccounts(accounts, raw -> "{hash}" + raw.length());

  @Test
  void createsAnEnabledAccountWithTheHashOfItsPassword() {
    var created = staff.create("nurse1", "Nurse One", PASSWORD, Set.of(Role.NURSE));

    assertThat(created.enabled()).isTrue();
    assertThat(accounts.findByUsername("nurse1").orElseThrow().passwordHash())
        .isEqualTo("{hash}" + PASSWORD.length());
  }

  @Test
  void refusesATakenUsernameAndAWeakPassword() {
    staff.create("nurse1", "Nurse One", PASSWORD, Set.of(Role.NURSE));

    assertConflict(
        "USERNAME_TAKEN", () -> staff.create("nurse1", "Other", PASSWORD, Set.of(Role.NURSE)));
    assertInvalid("password", () -> staff.create("nurse2", "N", "short", Set.of(Role.NURSE)));
    assertInvalid("password", () -> staff.resetPassword("nurse1", "nurse1-password-long"));
  }

  @Test
  void theLastActiveAdministratorCanBeNeitherDisabledNorDemoted() {
    staff.create("boss", "Boss", PASSWORD, Set.of(Role.ADMIN));

    assertConflict(StaffAccounts.LAST_ADMINISTRATOR, () -> staff.disable("boss"));
    assertConflict(
        StaffAccounts.LAST_ADMINISTRATOR, () -> staff.assignRoles("boss", Set.of(Role.NURSE)));
    assertThat(staff.get("boss").activeAdministrator()).isTrue();
  }

  @Test
  void anAdministratorMayGoOnceAnotherIsActive() {
    staff.create("boss", "Boss", PASSWORD, Set.of(Role.ADMIN));
    staff.create("deputy", "Deputy", PASSWORD, Set.of(Role.ADMIN, Role.PHYSICIAN));

    staff.assignRoles("deputy", Set.of(Role.PHYSICIAN));
    assertConflict(StaffAccounts.LAST_ADMINISTRATOR, () -> staff.disable("boss"));
    staff.assignRoles("deputy", Set.of(Role.ADMIN));
    staff.disable("boss");

    assertThat(staff.get("boss").enabled()).isFalse();
    assertThat(staff.enable("boss").enabled()).isTrue();
  }

  @Test
  void disablingAnAccountThatIsNoAdministratorNeedsNoOtherAdministrator() {
    staff.create("desk", "Desk", PASSWORD, Set.of(Role.FRONT_DESK));

    assertThat(staff.disable("desk").enabled()).isFalse();
  }
}
