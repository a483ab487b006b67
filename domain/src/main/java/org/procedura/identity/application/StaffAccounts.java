package org.procedura.identity.application;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.procedura.identity.model.PasswordHasher;
import org.procedura.identity.model.PasswordPolicy;
import org.procedura.identity.model.Role;
import org.procedura.identity.model.UserAccount;
import org.procedura.identity.model.UserAccounts;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;

/**
 * Administrators keep the staff accounts. The last enabled administrator can be neither disabled
 * nor demoted: the installation would have nobody left to manage it.
 */
public class StaffAccounts {
  public static final String LAST_ADMINISTRATOR = "LAST_ADMINISTRATOR";

  private final UserAccounts accounts;
  private final PasswordHasher hasher;

  public StaffAccounts(UserAccounts accounts, PasswordHasher hasher) {
    this.accounts = accounts;
    this.hasher = hasher;
  }

  public List<UserAccount> all() {
    return accounts.all();
  }

  public UserAccount get(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("User", username));
  }

  @Transactional
  public UserAccount create(String username, String displayName, String password, Set<Role> roles) {
    PasswordPolicy.check(username, password);
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("USERNAME_TAKEN", "The username " + username + " is taken");
    }
    var account = new UserAccount(username, hasher.hash(password), displayName, roles, true);
    accounts.add(account);
    return account;
  }

  @Transactional
  public UserAccount resetPassword(String username, String password) {
    PasswordPolicy.check(username, password);
    return save(changed(get(username), hasher.hash(password), null, null));
  }

  @Transactional
  public UserAccount enable(String username) {
    return save(changed(get(username), null, null, true));
  }

  @Transactional
  public UserAccount disable(String username) {
    var account = get(username);
    keepOneAdministrator(account, changed(account, null, null, false));
    return save(changed(account, null, null, false));
  }

  @Transactional
  public UserAccount assignRoles(String username, Set<Role> roles) {
    var account = get(username);
    keepOneAdministrator(account, changed(account, null, roles, null));
    return save(changed(account, null, roles, null));
  }

  private void keepOneAdministrator(UserAccount before, UserAccount after) {
    if (!before.activeAdministrator() || after.activeAdministrator()) {
      return;
    }
    if (accounts.lockActiveAdministrators().size() <= 1) {
      throw new ConflictException(
          LAST_ADMINISTRATOR, "This is the last enabled administrator; appoint another one first");
    }
  }

  private static UserAccount changed(
      UserAccount account, String passwordHash, Set<Role> roles, Boolean enabled) {
    return new UserAccount(
        account.username(),
        passwordHash == null ? account.passwordHash() : passwordHash,
        account.displayName(),
        roles == null ? account.roles() : roles,
        enabled == null ? account.enabled() : enabled);
  }

  private UserAccount save(UserAccount account) {
    accounts.update(account);
    return account;
  }
}
