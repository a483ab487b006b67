package org.procedura.identity.model;

import java.util.List;
import java.util.Optional;

/** The staff who may sign in. */
public interface UserAccounts {

  Optional<UserAccount> findByUsername(String username);

  boolean any();

  void add(UserAccount account);

  /** Replaces the account of the same username. */
  void update(UserAccount account);

  /** By username. */
  List<UserAccount> all();

  /**
   * The enabled administrators, locked until the transaction ends, so that two administrators
   * cannot disable each other at the same moment and leave none.
   */
  List<UserAccount> lockActiveAdministrators();
}
