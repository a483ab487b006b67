package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

  private static ContactDetails phone(String phone) {
    return new ContactDetails(phone, null, null, null, null);
  }

  private static ContactDetails email(String email) {
    return new ContactDetails(null, email, null, null, null);
  }

  private static ContactDetails addressLine(String addressLine) {
    return new ContactDetails(null, null, addressLine, null, null);
  }

  private static ContactDetails city(String city) {
    return new ContactDetails(null, null, null, city, null);
  }

  private static ContactDetails postalCode(String postalCode) {
    return new ContactDetails(null, null, null, null, postalCode);
  }

  /** A syntactically valid address of exactly {@code length} characters. */
  private static String emailOfLength(int length) {
    String domain = "@example.org";
    return "a".repeat(length - domain.length()) + domain;
  }

  @Test
  void needsNoPartAtAll() {
    ContactDetails none = new ContactDetails(null, null, null, null, null);

    assertThat(none).isEqualTo(ContactDetails.NONE);
    assertThat(none.phone()).isNull();
    assertThat(none.email()).isNull();
    assertThat(none.addressLine()).isNull();
    assertThat(none.city()).isNull();
    assertThat(none.postalCode()).isNull();
  }

  @Test
  void turnsBlankPartsIntoNone() {
    ContactDetails blank = new ContactDetails("", "  ", "\t", " \n ", "   ");

    assertThat(blank).isEqualTo(ContactDetails.NONE);
  }

  @Test
  void trimsEveryPart() {
    ContactDetails contact =
        new ContactDetails(
            " 212 555 0100 ", " ada@example.org ", " 1 Main St ", " Springfield ", " 10001 ");

    assertThat(contact)
        .isEqualTo(
            new ContactDetails(
                "212 555 0100", "ada@example.org", "1 Main St", "Springfield", "10001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1 (212) 555-0100", "212.555.0100", "0044 20 7946 0958", "5550100"})
  void acceptsTelephoneNumbersAsStaffWriteThem(String value) {
    assertThat(phone(value).phone()).isEqualTo(value);
  }

  @Test
  void acceptsAPhoneNumberOfSixCharacters() {
    assertThat(phone("555010").phone()).isEqualTo("555010");
  }

  @Test
  void refusesAPhoneNumberOfFiveCharacters() {
    assertInvalid("contact.phone", () -> phone("55501"));
  }

  @Test
  void acceptsAPhoneNumberOfTwentyFiveCharacters() {
    String twentyFive = "+" + "1".repeat(24);

    assertThat(phone(twentyFive).phone()).isEqualTo(twentyFive);
  }

  @Test
  void refusesAPhoneNumberOfTwentySixCharacters() {
    assertInvalid("contact.phone", () -> phone("+" + "1".repeat(25)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "555-CALL-NOW",
        "212 555 0100 ext 4",
        "1+2125550100",
        "++12125550100",
        "------",
        "( ) ()",
        "12345 - -"
      })
  void refusesAPhoneNumberOfAnotherShape(String value) {
    assertInvalid("contact.phone", () -> phone(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada@example.org", "ada.lovelace+clinic@mail.example.co.uk", "a@b.c"})
  void acceptsEmailAddresses(String value) {
    assertThat(email(value).email()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ada.example.org", "ada@example", "ada@@example.org", "ada lovelace@example.org"})
  void refusesAnEmailAddressOfAnotherShape(String value) {
    assertInvalid("contact.email", () -> email(value));
  }

  @Test
  void acceptsAnEmailAddressOf254Characters() {
    String address = emailOfLength(254);

    assertThat(email(address).email()).hasSize(254);
  }

  @Test
  void refusesAnEmailAddressOf255Characters() {
    assertInvalid("contact.email", () -> email(emailOfLength(255)));
  }

  @Test
  void acceptsAnAddressLineOf200Characters() {
    assertThat(addressLine("x".repeat(200)).addressLine()).hasSize(200);
  }

  @Test
  void refusesAnAddressLineOf201Characters() {
    assertInvalid("contact.addressLine", () -> addressLine("x".repeat(201)));
  }

  @Test
  void acceptsACityOf100Characters() {
    assertThat(city("x".repeat(100)).city()).hasSize(100);
  }

  @Test
  void refusesACityOf101Characters() {
    assertInvalid("contact.city", () -> city("x".repeat(101)));
  }

  @Test
  void acceptsAPostalCodeOf20Characters() {
    assertThat(postalCode("9".repeat(20)).postalCode()).hasSize(20);
  }

  @Test
  void refusesAPostalCodeOf21Characters() {
    assertInvalid("contact.postalCode", () -> postalCode("9".repeat(21)));
  }
}
