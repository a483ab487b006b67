package org.procedura.shared.model;

import java.util.regex.Pattern;

/** A US National Provider Identifier: ten digits, the last a Luhn check over "80840" + the rest. */
public record Npi(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{10}");
  private static final String CARD_ISSUER_PREFIX = "80840";

  public Npi {
    value = Check.text(value, "npi", 10);
    Check.matching(value, SHAPE, "npi", "ten digits");
    if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
      throw new InvalidInputException("npi", "npi check digit does not match (not a valid NPI)");
    }
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
