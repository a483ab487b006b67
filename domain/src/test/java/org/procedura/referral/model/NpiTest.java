package org.procedura.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.shared.model.Npi;

/** The referring provider's NPI, refused under the field the user filled in. */
class NpiTest {
  private static final String FIELD = "referringProvider.npi";

  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1987654328", "1452369873", "1765432103", "2000000002"})
  void acceptsAnNpiWhoseCheckDigitMatches(String npi) {
    assertThat(Npi.named(npi, FIELD).value()).isEqualTo(npi);
  }

  @Test
  void keepsTheDigitsWithoutSurroundingSpaces() {
    assertThat(Npi.named(" 1234567893 ", FIELD).value()).isEqualTo("1234567893");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234567890",
        "1234567891",
        "1234567892",
        "1234567894",
        "1234567899",
        "2234567893"
      })
  void refusesAnNpiWithAWrongCheckDigit(String npi) {
    assertInvalid("referringProvider.npi", () -> Npi.named(npi, FIELD));
  }

  @Test
  void refusesTwoDigitsSwapped() {
    // the check digit exists to catch this typing error
    assertInvalid("referringProvider.npi", () -> Npi.named("1234567983", FIELD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "12345678933", "12345678a3", "1234-56789", "123456789 3"})
  void refusesAnythingButTenDigits(String npi) {
    assertInvalid("referringProvider.npi", () -> Npi.named(npi, FIELD));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void isRequired(String npi) {
    assertInvalid("referringProvider.npi", () -> Npi.named(npi, FIELD));
  }
}
