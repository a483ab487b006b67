package org.procedura.identity.web;

import org.procedura.identity.model.UserAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Signs staff in against the accounts the clinic keeps. */
class StaffUserDetailsService implements UserDetailsService {
  private final UserAccounts accounts;

  StaffUserDetailsService(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsername(username)
        .map(
            account ->
                User.withUsername(account.username())
                    .password(account.passwordHash())
                    .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                    .disabled(!account.enabled())
                    .build())
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
