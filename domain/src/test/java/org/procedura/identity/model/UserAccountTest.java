package org.procedura.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {
  private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

  private static UserAccount account(String username, String displayName, Set<Role> roles) {
    return new UserAccount(username, HASH, displayName, roles, true);
  }

  private static UserAccount havingRoles(Set<Role> roles) {
    return account("nurse.jackie", "Jackie Peyton", roles);
  }

  @Test
  void acceptsOneRole() {
    assertThat(havingRoles(Set.of(Role.NURSE)).roles()).containsExactly(Role.NURSE);
  }

  @Test
  void acceptsEveryRole() {
    assertThat(havingRoles(EnumSet.allOf(Role.class)).roles()).hasSize(Role.values().length);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void needsAtLeastOneRole(Set<Role> roles) {
    assertInvalid("roles", () -> havingRoles(roles));
  }

  @Test
  void keepsItsOwnCopyOfTheRoles() {
    Set<Role> roles = new HashSet<>(Set.of(Role.NURSE));
    UserAccount account = havingRoles(roles);

    roles.add(Role.ADMIN);

    assertThat(account.roles()).containsExactly(Role.NURSE);
  }

  @Test
  void trimsTheUsernameAndDisplayName() {
    UserAccount account = account("  nurse.jackie ", " Jackie Peyton  ", Set.of(Role.NURSE));

    assertThat(account.username()).isEqualTo("nurse.jackie");
    assertThat(account.displayName()).isEqualTo("Jackie Peyton");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void needsAUsername(String username) {
    assertInvalid("username", () -> account(username, "Jackie Peyton", Set.of(Role.NURSE)));
  }

  @Test
  void acceptsAUsernameOf60Characters() {
    assertThat(account("u".repeat(60), "Jackie Peyton", Set.of(Role.NURSE)).username()).hasSize(60);
  }

  @Test
  void refusesAUsernameOf61Characters() {
    assertInvalid("username", () -> account("u".repeat(61), "Jackie Peyton", Set.of(Role.NURSE)));
  }

  @Test
  void acceptsADisplayNameOf120Characters() {
    assertThat(account("nurse.jackie", "d".repeat(120), Set.of(Role.NURSE)).displayName())
        .hasSize(120);
  }

  @Test
  void refusesADisplayNameOf121Characters() {
    assertInvalid(
        "displayName", () -> account("nurse.jackie", "d".repeat(121), Set.of(Role.NURSE)));
  }

  @Test
  void acceptsAPasswordHashOf200Characters() {
    String hash = "h".repeat(200);

    assertThat(new UserAccount("jackie", hash, "Jackie", Set.of(Role.NURSE), true).passwordHash())
        .isEqualTo(hash);
  }

  @Test
  void refusesAPasswordHashOf201Characters() {
    assertInvalid(
        "passwordHash",
        () -> new UserAccount("jackie", "h".repeat(201), "Jackie", Set.of(Role.NURSE), true));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void needsAPasswordHash(String hash) {
    assertInvalid(
        "passwordHash", () -> new UserAccount("jackie", hash, "Jackie", Set.of(Role.NURSE), true));
  }

  @Test
  void refusesAnEmptyRoleEntry() {
    Set<Role> roles = new HashSet<>();
    roles.add(Role.NURSE);
    roles.add(null);

    assertInvalid("roles", () -> havingRoles(roles));
  }

  @Test
  void storesThePasswordHashTrimmed() {
    String padded = " " + "h".repeat(200);

    assertThat(new UserAccount("jackie", padded, "Jackie", Set.of(Role.NURSE), true).passwordHash())
        .hasSize(200);
  }
}
