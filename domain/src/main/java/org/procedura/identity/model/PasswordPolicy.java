package org.procedura.identity.model;

import java.util.Locale;
import org.procedura.shared.model.InvalidInputException;

/** A password set by an administrator: at least 12 characters, and not the username in it. */
public final class PasswordPolicy {
  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(String username, String password) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      throw new InvalidInputException(
          "password", "must have at least " + MINIMUM_LENGTH + " characters");
    }
    if (password.length() > MAXIMUM_LENGTH) {
      throw new InvalidInputException(
          "password", "must have at most " + MAXIMUM_LENGTH + " characters");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("password", "must not contain the username");
    }
  }
}
