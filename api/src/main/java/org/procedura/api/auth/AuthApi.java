package org.procedura.api.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

@Tag(name = "Authentication", description = "Bearer tokens for the API.")
@HttpExchange("/api/v1/auth")
public interface AuthApi {

  /** Exchanges a username and password for a bearer token. */
  @Operation(
      operationId = "issueToken",
      summary = "Sign in for a bearer token",
      description =
          "Exchanges a username and password for a short-lived bearer token (JWT) for every other operation.")
  @PostExchange("/token")
  TokenResponse issueToken(@Valid @RequestBody TokenRequest request);

  /**
   * Exchanges a valid token for a new one with the account's current roles, within the session's
   * bounded lifetime from the original sign-in; after that, sign in again.
   */
  @Operation(
      operationId = "refreshToken",
      summary = "Refresh the bearer token",
      description =
          "Answers a fresh token for the caller of a still valid one, with the roles the account has now.")
  @PostExchange("/refresh")
  TokenResponse refresh();
}
