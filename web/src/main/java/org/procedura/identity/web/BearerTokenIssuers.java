package org.procedura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * Who may sign a bearer token, chosen by the token's {@code iss}: the application itself (its own
 * keys, its roles claim) and, when configured, the clinic's identity provider (its published keys,
 * its groups mapped to roles). A token of any other issuer is refused before its signature is
 * looked at.
 */
final class BearerTokenIssuers {
  private final Map<String, AuthenticationManager> managers = new HashMap<>();

  BearerTokenIssuers(TokenSigningKeys keys, String ownIssuer, OidcProperties oidc) {
    managers.put(ownIssuer, manager(keys.decoder(ownIssuer), ownRoles()));
    if (oidc.enabled()) {
      managers.put(oidc.issuerUri(), manager(external(oidc), new ExternalRoles(oidc)));
    }
  }

  AuthenticationManagerResolver<HttpServletRequest> resolver() {
    return new JwtIssuerAuthenticationManagerResolver(managers::get);
  }

  private static AuthenticationManager manager(
      JwtDecoder decoder,
      org.springframework.core.convert.converter.Converter<
              Jwt,
              ? extends org.springframework.security.authentication.AbstractAuthenticationToken>
          converter) {
    var provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(converter);
    return provider::authenticate;
  }

  private static JwtDecoder external(OidcProperties oidc) {
    NimbusJwtDecoder decoder =
        oidc.jwkSetUri() == null || oidc.jwkSetUri().isBlank()
            ? NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build()
            : NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri())
                .jwsAlgorithms(
                    algorithms -> {
                      algorithms.add(SignatureAlgorithm.RS256);
                      algorithms.add(SignatureAlgorithm.ES256);
                    })
                .build();
    OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(oidc.issuerUri());
    if (oidc.audience() != null && !oidc.audience().isBlank()) {
      validator =
          new DelegatingOAuth2TokenValidator<>(
              validator,
              new JwtClaimValidator<List<String>>(
                  JwtClaimNames.AUD, aud -> aud != null && aud.contains(oidc.audience())));
    }
    decoder.setJwtValidator(validator);
    return decoder;
  }

  private static JwtAuthenticationConverter ownRoles() {
    var authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(SecurityConfiguration.ROLES_CLAIM);
    authorities.setAuthorityPrefix(CallerCapture.ROLE_PREFIX);
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }
}
