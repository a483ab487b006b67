package org.procedura.identity.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application's own bearer tokens are signed. {@code keys} is a JWK Set of private keys
 * given by the environment in production, {@code signingKeyId} the one that signs (needed when
 * there are several); only the embedded demo may generate a key at start-up. A token lives {@code
 * ttl}; refreshing it is possible until {@code sessionLifetime} after the password was given.
 */
@ConfigurationProperties("procedura.security.jwt")
record JwtProperties(
    String keys,
    String signingKeyId,
    boolean generateKeyIfMissing,
    Duration ttl,
    Duration sessionLifetime,
    String issuer) {
  JwtProperties {
    ttl = ttl == null ? Duration.ofMinutes(30) : ttl;
    sessionLifetime = sessionLifetime == null ? Duration.ofHours(10) : sessionLifetime;
    issuer = issuer == null ? "procedura" : issuer;
  }
}
