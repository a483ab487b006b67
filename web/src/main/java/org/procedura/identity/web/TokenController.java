package org.procedura.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.procedura.api.auth.AuthApi;
import org.procedura.api.auth.TokenRequest;
import org.procedura.api.auth.TokenResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController implements AuthApi {
  private static final String ROLE_PREFIX = "ROLE_";

  private final AuthenticationManager authentication;
  private final JwtEncoder encoder;
  private final JwtProperties properties;
  private final Clock clock;

  TokenController(
      AuthenticationManager authentication,
      JwtEncoder encoder,
      JwtProperties properties,
      Clock clock) {
    this.authentication = authentication;
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public TokenResponse issueToken(TokenRequest request) {
    var signedIn =
        authentication.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(
                request.username(), request.password()));
    List<String> roles =
        signedIn.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith(ROLE_PREFIX))
            .map(authority -> authority.substring(ROLE_PREFIX.length()))
            .sorted()
            .toList();
    Instant now = clock.instant();
    var claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .subject(signedIn.getName())
            .issuedAt(now)
            .expiresAt(now.plus(properties.ttl()))
            .claim(SecurityConfiguration.ROLES_CLAIM, roles)
            .build();
    String token =
        encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
            .getTokenValue();
    return new TokenResponse(token, "Bearer", properties.ttl().toSeconds(), roles);
  }
}
