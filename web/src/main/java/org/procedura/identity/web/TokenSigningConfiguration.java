package org.procedura.identity.web;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
class TokenSigningConfiguration {
  private static final Logger log = LoggerFactory.getLogger(TokenSigningConfiguration.class);
  static final int MINIMUM_KEY_BYTES = 32;

  @Bean
  SecretKey tokenSigningKey(JwtProperties properties) {
    return new SecretKeySpec(keyBytes(properties), "HmacSHA256");
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
  }

  @Bean
  JwtDecoder jwtDecoder(SecretKey tokenSigningKey, JwtProperties properties) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(tokenSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
    return decoder;
  }

  private static byte[] keyBytes(JwtProperties properties) {
    if (properties.secret() == null || properties.secret().isBlank()) {
      if (!properties.generateSecretIfMissing()) {
        throw new IllegalStateException(
            "No token signing key: set PROCEDURA_JWT_SECRET to a Base64 key of at least 32 bytes"
                + " (e.g. `openssl rand -base64 32`)");
      }
      log.warn("Generated a token signing key for this run; tokens end when the process does");
      byte[] generated = new byte[MINIMUM_KEY_BYTES];
      new SecureRandom().nextBytes(generated);
      return generated;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(properties.secret().strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("PROCEDURA_JWT_SECRET is not valid Base64", e);
    }
    if (key.length < MINIMUM_KEY_BYTES) {
      throw new IllegalStateException(
          "PROCEDURA_JWT_SECRET must decode to at least " + MINIMUM_KEY_BYTES + " bytes");
    }
    return key;
  }
}
