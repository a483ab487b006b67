package org.procedura.shared.model;

import java.util.regex.Pattern;

/** A US National Provider Identifier: ten digits, the last a Luhn check over "80840" + the rest. */
public record Npi(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{10}");
  private static final String CARD_ISSUER_PREFIX = "80840";

  public Npi {
    value = checked(value, "npi");
  }

  /** An NPI read from the named field, so that a refusal names the field the user filled in. */
  public static Npi named(String value, String field) {
    return new Npi(checked(value, field));
  }

  private static String checked(String value, String field) {
    String digits = Check.text(value, field, 10);
    Check.matching(digits, SHAPE, field, "ten digits");
    if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
      throw new InvalidInputException(
          field, field + " is not a valid NPI: its check digit does not match (mistyped?)");
    }
    return digits;
  }

  static int checkDigit(String firstNine) {
    String digits = CARD_ISSUER_PREFIX + firstNine;
    int sum = 0;
    for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = digits.charAt(i) - '0';
      if (position % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
