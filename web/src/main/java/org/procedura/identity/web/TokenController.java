package org.procedura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.procedura.api.auth.AuthApi;
import org.procedura.api.auth.TokenRequest;
import org.procedura.api.auth.TokenResponse;
import org.procedura.identity.application.SignInGuard;
import org.procedura.identity.model.UserAccounts;
import org.procedura.shared.web.RequestContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in and refresh. Every refusal is the same 401 (wrong password, unknown name, disabled or
 * locked account), so that the answer tells nothing about which accounts exist.
 */
@RestController
class TokenController implements AuthApi {
  private final AuthenticationManager authentication;
  private final SignInGuard guard;
  private final TokenIssuer tokens;
  private final UserAccounts accounts;
  private final HttpServletRequest request;

  TokenController(
      AuthenticationManager authentication,
      SignInGuard guard,
      TokenIssuer tokens,
      UserAccounts accounts,
      HttpServletRequest request) {
    this.authentication = authentication;
    this.guard = guard;
    this.tokens = tokens;
    this.accounts = accounts;
    this.request = request;
  }

  @Override
  public TokenResponse issueToken(TokenRequest credentials) {
    String address = request.getRemoteAddr();
    if (guard.locked(credentials.username(), address)) {
      throw new BadCredentialsException("locked");
    }
    org.springframework.security.core.Authentication signedIn;
    try {
      signedIn =
          authentication.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  credentials.username(), credentials.password()));
    } catch (AuthenticationException refused) {
      guard.failed(credentials.username(), address);
      throw refused;
    }
    guard.succeeded(credentials.username());
    var roles =
        signedIn.getAuthorities().stream()
            .map(granted -> granted.getAuthority())
            .filter(authority -> authority.startsWith(CallerCapture.ROLE_PREFIX))
            .map(authority -> authority.substring(CallerCapture.ROLE_PREFIX.length()))
            .toList();
    RequestContext.setCaller(request, new RequestContext.Caller(signedIn.getName(), roles));
    return tokens.issue(signedIn.getName(), roles, tokens.now());
  }

  @Override
  public TokenResponse refresh() {
    var token = (Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    Object claim = token.getClaims().get(TokenIssuer.SIGNED_IN_AT);
    Instant signedInAt =
        claim instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    if (signedInAt == null || tokens.sessionOver(signedInAt)) {
      throw new BadCredentialsException("session over");
    }
    var account =
        accounts
            .findByUsername(token.getSubject())
            .filter(found -> found.enabled())
            .orElseThrow(() -> new BadCredentialsException("no longer allowed"));
    return tokens.issue(
        account.username(), account.roles().stream().map(Enum::name).toList(), signedInAt);
  }
}
