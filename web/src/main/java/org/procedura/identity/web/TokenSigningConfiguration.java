package org.procedura.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/** The application's own tokens: signed with the current key of {@link TokenSigningKeys}. */
@Configuration(proxyBeanMethods = false)
class TokenSigningConfiguration {

  @Bean
  TokenSigningKeys tokenSigningKeys(JwtProperties properties) {
    return TokenSigningKeys.from(properties);
  }

  @Bean
  JwtEncoder jwtEncoder(TokenSigningKeys keys) {
    return keys.encoder();
  }

  @Bean
  BearerTokenIssuers bearerTokenIssuers(
      TokenSigningKeys keys, JwtProperties properties, OidcProperties oidc) {
    return new BearerTokenIssuers(keys, properties.issuer(), oidc);
  }
}
