package org.procedura.identity.web;

import java.time.Clock;
import org.procedura.audit.web.AuditedEndpoints;
import org.procedura.identity.application.SignInGuard;
import org.procedura.identity.application.StaffAccounts;
import org.procedura.identity.model.SignInThrottles;
import org.procedura.identity.model.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityWiring {

  @Bean
  SignInGuard signInGuard(SignInThrottles throttles, Clock clock, SignInProperties properties) {
    return new SignInGuard(
        throttles,
        clock,
        new SignInGuard.Limits(
            properties.maxFailuresPerUser(),
            properties.maxFailuresPerAddress(),
            properties.lockout()));
  }

  @Bean
  SignInThrottlesJob signInThrottlesJob(SignInGuard guard) {
    return new SignInThrottlesJob(guard);
  }

  @Bean
  StaffAccounts staffAccounts(UserAccounts accounts, PasswordEncoder encoder) {
    return new StaffAccounts(accounts, new EncoderPasswordHasher(encoder));
  }

  /** The access matrix tells the audit trail what each request touched. */
  @Bean
  AuditedEndpoints auditedEndpoints() {
    return new AccessMatrixEndpoints();
  }

  @Bean
  TokenIssuer tokenIssuer(
      JwtEncoder encoder, TokenSigningKeys keys, JwtProperties properties, Clock clock) {
    return new TokenIssuer(encoder, keys, properties, clock);
  }
}
