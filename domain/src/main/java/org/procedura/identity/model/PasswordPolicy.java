package org.procedura.identity.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.procedura.shared.model.InvalidInputException;

/**
 * A password set by an administrator: at least 12 characters, at most 72 bytes in UTF-8 (what
 * bcrypt hashes; it refuses longer input), and not the username in it.
 */
public final class PasswordPolicy {
  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_BYTES = 72;

  private PasswordPolicy() {}

  public static void check(String username, String password) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      throw new InvalidInputException(
          "password", "must have at least " + MINIMUM_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
      throw new InvalidInputException(
          "password", "must be at most " + MAXIMUM_BYTES + " bytes (72 plain letters or digits)");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("password", "must not contain the username");
    }
  }
}
