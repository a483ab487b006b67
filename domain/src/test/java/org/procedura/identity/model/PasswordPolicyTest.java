package org.procedura.identity.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTwelveCharactersAndRefusesEleven() {
    assertThatCode(() -> PasswordPolicy.check("nurse", "abcdefghijkl")).doesNotThrowAnyException();
    assertInvalid("password", () -> PasswordPolicy.check("nurse", "abcdefghijk"));
  }

  @Test
  void refusesAPasswordContainingTheUsernameInAnyCase() {
    assertInvalid("password", () -> PasswordPolicy.check("nurse", "the-NURSE-password"));
  }

  @Test
  void refusesAnAbsentOrOverlongPassword() {
    assertInvalid("password", () -> PasswordPolicy.check("nurse", null));
    assertInvalid("password", () -> PasswordPolicy.check("nurse", "x".repeat(73)));
  }

  @Test
  void acceptsSeventyTwoBytesAndRefusesMoreEvenInFewerCharacters() {
    PasswordPolicy.check("nurse", "x".repeat(72));
    // 37 e-acute are 74 bytes in UTF-8: bcrypt would refuse them
    assertInvalid("password", () -> PasswordPolicy.check("nurse", "\u00e9".repeat(37)));
  }
}
