package org.procedura.identity.application;

import jakarta.transaction.Transactional;
import java.util.Set;
import org.procedura.identity.model.Role;
import org.procedura.identity.model.UserAccount;
import org.procedura.identity.model.UserAccounts;

/**
 * Creates the first administrator of a new installation, so that production never needs a user
 * shipped in the repository. Does nothing once any account exists.
 */
public class FirstAdministrator {
  private final UserAccounts accounts;

  public FirstAdministrator(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** Returns true when the account was created. */
  @Transactional
  public boolean createIfNoAccountExists(String username, String passwordHash) {
    if (accounts.any()) {
      return false;
    }
    accounts.add(
        new UserAccount(username, passwordHash, "Administrator", Set.of(Role.ADMIN), true));
    return true;
  }
}
