package org.procedura.identity.model;

import java.util.Set;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * A member of staff who can sign in. The password is held only as a hash made by the encoder the
 * application is configured with.
 */
public record UserAccount(
    String username, String passwordHash, String displayName, Set<Role> roles, boolean enabled) {
  public UserAccount {
    username = Check.text(username, "username", 60);
    passwordHash = Check.text(passwordHash, "passwordHash", 200);
    displayName = Check.text(displayName, "displayName", 120);
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("roles", "a user needs at least one role");
    }
    roles = Set.copyOf(Check.noNulls(roles, "roles"));
  }

  /** An enabled administrator: the kind of account an installation must never run out of. */
  public boolean activeAdministrator() {
    return enabled && roles.contains(Role.ADMIN);
  }
}
