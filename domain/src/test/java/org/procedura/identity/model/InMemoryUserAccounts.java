package org.procedura.identity.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The staff accounts in memory; a username is unique, as in the database. */
public final class InMemoryUserAccounts implements UserAccounts {
  private final Map<String, UserAccount> accounts = new LinkedHashMap<>();

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return Optional.ofNullable(accounts.get(username));
  }

  @Override
  public boolean any() {
    return !accounts.isEmpty();
  }

  @Override
  public void add(UserAccount account) {
    if (accounts.putIfAbsent(account.username(), account) != null) {
      throw new IllegalStateException("username " + account.username() + " is taken");
    }
  }

  @Override
  public void update(UserAccount account) {
    if (accounts.replace(account.username(), account) == null) {
      throw new IllegalStateException("no account " + account.username());
    }
  }

  @Override
  public List<UserAccount> all() {
    return accounts.values().stream()
        .sorted(java.util.Comparator.comparing(UserAccount::username))
        .toList();
  }

  @Override
  public List<UserAccount> lockActiveAdministrators() {
    return accounts.values().stream().filter(UserAccount::activeAdministrator).toList();
  }
}
