package org.procedura.identity.model;

import java.util.Optional;

/** The staff who may sign in. */
public interface UserAccounts {

  Optional<UserAccount> findByUsername(String username);

  boolean any();

  void add(UserAccount account);
}
