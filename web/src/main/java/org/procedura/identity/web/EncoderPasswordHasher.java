package org.procedura.identity.web;

import org.procedura.identity.model.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The identity's {@link PasswordHasher} port, answered by Spring Security's delegating encoder. */
final class EncoderPasswordHasher implements PasswordHasher {
  private final PasswordEncoder encoder;

  EncoderPasswordHasher(PasswordEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  public String hash(String password) {
    return encoder.encode(password);
  }
}
