package org.procedura.api.auth;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

@HttpExchange("/api/v1/auth")
public interface AuthApi {

  /** Exchanges a username and password for a bearer token. */
  @PostExchange("/token")
  TokenResponse issueToken(@Valid @RequestBody TokenRequest request);

  /**
   * Exchanges a valid token for a new one with the account's current roles, within the session's
   * bounded lifetime from the original sign-in; after that, sign in again.
   */
  @PostExchange("/refresh")
  TokenResponse refresh();
}
