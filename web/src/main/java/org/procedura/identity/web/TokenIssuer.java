package org.procedura.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.procedura.api.auth.TokenResponse;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signs the short-lived bearer tokens with the current key (its {@code kid} in the header); {@code
 * auth_time} keeps when the password was given.
 */
class TokenIssuer {
  static final String SIGNED_IN_AT = "auth_time";

  private final JwtEncoder encoder;
  private final TokenSigningKeys keys;
  private final JwtProperties properties;
  private final Clock clock;

  TokenIssuer(JwtEncoder encoder, TokenSigningKeys keys, JwtProperties properties, Clock clock) {
    this.encoder = encoder;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  TokenResponse issue(String username, Collection<String> roleNames, Instant signedInAt) {
    List<String> roles = roleNames.stream().sorted().toList();
    Instant now = clock.instant();
    Instant sessionEnd = signedInAt.plus(properties.sessionLifetime());
    Instant expiry = now.plus(properties.ttl());
    var claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .subject(username)
            .issuedAt(now)
            .expiresAt(expiry.isBefore(sessionEnd) ? expiry : sessionEnd)
            .claim(SIGNED_IN_AT, signedInAt.getEpochSecond())
            .claim(SecurityConfiguration.ROLES_CLAIM, roles)
            .build();
    String token = encoder.encode(JwtEncoderParameters.from(keys.header(), claims)).getTokenValue();
    long lifetime = claims.getExpiresAt().getEpochSecond() - now.getEpochSecond();
    return new TokenResponse(token, "Bearer", lifetime, roles);
  }

  Instant now() {
    return clock.instant();
  }

  boolean sessionOver(Instant signedInAt) {
    return !clock.instant().isBefore(signedInAt.plus(properties.sessionLifetime()));
  }
}
