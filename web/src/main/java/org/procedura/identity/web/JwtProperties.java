package org.procedura.identity.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bearer tokens are signed. {@code secret} is a Base64 HMAC key of at least 256 bits, given by
 * the environment in production; only the embedded demo may generate one at start-up. A token lives
 * {@code ttl}; refreshing it is possible until {@code sessionLifetime} after the password was
 * given.
 */
@ConfigurationProperties("procedura.security.jwt")
record JwtProperties(
    String secret,
    boolean generateSecretIfMissing,
    Duration ttl,
    Duration sessionLifetime,
    String issuer) {
  JwtProperties {
    ttl = ttl == null ? Duration.ofMinutes(30) : ttl;
    sessionLifetime = sessionLifetime == null ? Duration.ofHours(10) : sessionLifetime;
    issuer = issuer == null ? "procedura" : issuer;
  }
}
