package org.procedura.identity.web;

import org.procedura.identity.application.SignInGuard;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The console's sign-in, held to the same lockout as the API's: a locked username or address is
 * refused before the password is checked, and each wrong password counts.
 */
class GuardedSignIn implements AuthenticationManager {
  private final AuthenticationManager staff;
  private final SignInGuard guard;

  GuardedSignIn(AuthenticationManager staff, SignInGuard guard) {
    this.staff = staff;
    this.guard = guard;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : "unknown";
    if (guard.locked(username, address)) {
      throw new LockedException("sign-in locked");
    }
    try {
      Authentication signedIn = staff.authenticate(attempt);
      guard.succeeded(username);
      return signedIn;
    } catch (AuthenticationException refused) {
      guard.failed(username, address);
      throw refused;
    }
  }
}
