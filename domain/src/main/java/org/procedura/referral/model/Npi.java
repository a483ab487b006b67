package org.procedura.referral.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * A US National Provider Identifier: ten digits, the last a Luhn check digit computed over the
 * prefix 80840 (the health-industry card issuer number) followed by the first nine digits.
 */
public record Npi(String value) {
  static final String FIELD = "referringProvider.npi";
  private static final Pattern SHAPE = Pattern.compile("[0-9]{10}");
  private static final String ISSUER_PREFIX = "80840";

  public Npi {
    value = Check.present(value, FIELD).strip();
    Check.matching(value, SHAPE, FIELD, "ten digits");
    if (!luhnValid(ISSUER_PREFIX + value)) {
      throw new InvalidInputException(
          FIELD, FIELD + " is not a valid NPI: its check digit does not match (mistyped?)");
    }
  }

  /** True when the last digit is the Luhn check digit of the ones before it. */
  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  @Override
  public String toString() {
    return value;
  }
}
