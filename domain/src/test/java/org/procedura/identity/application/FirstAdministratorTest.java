package org.procedura.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.identity.model.InMemoryUserAccounts;
import org.procedura.identity.model.Role;
import org.procedura.identity.model.UserAccount;

class FirstAdministratorTest {
  private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final FirstAdministrator firstAdministrator = new FirstAdministrator(accounts);

  @Test
  void createsAnEnabledAdministratorWhenNoAccountExists() {
    boolean created = firstAdministrator.createIfNoAccountExists("admin", HASH);

    assertThat(created).isTrue();
    assertThat(accounts.findByUsername("admin"))
        .hasValueSatisfying(
            admin -> {
              assertThat(admin.roles()).containsExactly(Role.ADMIN);
              assertThat(admin.passwordHash()).isEqualTo(HASH);
              assertThat(admin.displayName()).isEqualTo("Administrator");
              assertThat(admin.enabled()).isTrue();
            });
  }

  @Test
  void createsNothingTheSecondTime() {
    firstAdministrator.createIfNoAccountExists("admin", HASH);

    boolean createdAgain = firstAdministrator.createIfNoAccountExists("root", "{noop}other");

    assertThat(createdAgain).isFalse();
    assertThat(accounts.all()).extracting(UserAccount::username).containsExactly("admin");
  }

  @Test
  void createsNothingWhenAnyOtherAccountExists() {
    accounts.add(new UserAccount("nurse.jackie", HASH, "Jackie Peyton", Set.of(Role.NURSE), true));

    boolean created = firstAdministrator.createIfNoAccountExists("admin", HASH);

    assertThat(created).isFalse();
    assertThat(accounts.findByUsername("admin")).isEmpty();
    assertThat(accounts.all()).hasSize(1);
  }

  @Test
  void createsNothingForABlankUsername() {
    assertInvalid("username", () -> firstAdministrator.createIfNoAccountExists("  ", HASH));
    assertThat(accounts.any()).isFalse();
  }
}
