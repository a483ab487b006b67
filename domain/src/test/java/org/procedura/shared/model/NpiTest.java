package org.procedura.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1987654328", "1452369873", "1765432103"})
  void acceptsAValidNpi(String value) {
    assertThat(new Npi(value).value()).isEqualTo(value);
    assertThat(new Npi(value)).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1987654328", "1452369873", "1765432103"})
  void refusesEveryOtherCheckDigit(String valid) {
    String firstNine = valid.substring(0, 9);
    char checkDigit = valid.charAt(9);
    for (char other = '0'; other <= '9'; other++) {
      if (other != checkDigit) {
        String changed = firstNine + other;
        assertInvalid("npi", () -> new Npi(changed));
      }
    }
  }

  @Test
  void computesTheCheckDigitOverTheCardIssuerPrefixAndTheFirstNineDigits() {
    assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
    assertThat(Npi.checkDigit("198765432")).isEqualTo(8);
    assertThat(Npi.checkDigit("100000000")).isEqualTo(4);
  }

  @Test
  void refusesADigitSwapThatALuhnCheckCatches() {
    assertInvalid("npi", () -> new Npi("1234567839"));
    assertInvalid("npi", () -> new Npi("2134567893"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "12345678930", "123456789O", "12345678a3", "ABCDEFGHIJ"})
  void refusesAnythingButTenDigits(String value) {
    assertInvalid("npi", () -> new Npi(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123 456 7893", "1234-567893", "+234567893"})
  void refusesSeparatorsAndSigns(String value) {
    assertInvalid("npi", () -> new Npi(value));
  }

  @Test
  void refusesAMissingOrBlankNpi() {
    assertInvalid("npi", () -> new Npi(null));
    assertInvalid("npi", () -> new Npi("  "));
  }

  @Test
  void trimsSurroundingSpace() {
    assertThat(new Npi(" 1234567893 ").value()).isEqualTo("1234567893");
  }

  @Test
  void equalNumbersAreEqual() {
    assertThat(new Npi("1234567893")).isEqualTo(new Npi("1234567893"));
  }
}
