package org.procedura.identity.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many wrong passwords lock a username or a client address, and for how long. */
@ConfigurationProperties("procedura.security.sign-in")
record SignInProperties(
    Integer maxFailuresPerUser, Integer maxFailuresPerAddress, Duration lockout) {
  SignInProperties {
    maxFailuresPerUser = maxFailuresPerUser == null ? 10 : maxFailuresPerUser;
    maxFailuresPerAddress = maxFailuresPerAddress == null ? 100 : maxFailuresPerAddress;
    lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
  }
}
