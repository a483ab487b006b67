package org.procedura.identity.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The keys of the application's own tokens: a JWK Set of private keys (RSA of 2048 bits or more, or
 * EC P-256), one of which signs, named by its key id ({@code kid}) in every token's header; every
 * key in the set is accepted when a token is checked. A key is rotated by adding the new one,
 * signing with it, and removing the old one once the tokens it signed have ended (the session
 * lifetime), so nobody is signed out.
 */
final class TokenSigningKeys {
  private static final Logger log = LoggerFactory.getLogger(TokenSigningKeys.class);
  static final String MISSING =
      "No token signing key: set PROCEDURA_JWT_KEYS to a JWK Set of private keys (RSA of 2048 bits"
          + " or more, or EC P-256, each with a \"kid\"; see docs/operations.md)";

  private final JWKSet keys;
  private final JWK signing;

  private TokenSigningKeys(JWKSet keys, JWK signing) {
    this.keys = keys;
    this.signing = signing;
  }

  static TokenSigningKeys from(JwtProperties properties) {
    if (properties.keys() == null || properties.keys().isBlank()) {
      if (!properties.generateKeyIfMissing()) {
        throw new IllegalStateException(MISSING);
      }
      log.warn("Generated a token signing key for this run; tokens end when the process does");
      return generated();
    }
    JWKSet keys;
    try {
      keys = JWKSet.parse(properties.keys());
    } catch (ParseException e) {
      throw new IllegalStateException("PROCEDURA_JWT_KEYS is not a JWK Set", e);
    }
    if (keys.getKeys().isEmpty()) {
      throw new IllegalStateException(MISSING);
    }
    keys.getKeys().forEach(TokenSigningKeys::requireUsable);
    String signingId = properties.signingKeyId();
    if (signingId == null || signingId.isBlank()) {
      if (keys.getKeys().size() > 1) {
        throw new IllegalStateException(
            "PROCEDURA_JWT_KEYS holds several keys: name the one that signs in"
                + " PROCEDURA_JWT_SIGNING_KEY_ID");
      }
      return new TokenSigningKeys(keys, keys.getKeys().getFirst());
    }
    JWK signing = keys.getKeyByKeyId(signingId);
    if (signing == null) {
      throw new IllegalStateException(
          "PROCEDURA_JWT_SIGNING_KEY_ID names no key of PROCEDURA_JWT_KEYS");
    }
    return new TokenSigningKeys(keys, signing);
  }

  static TokenSigningKeys generated() {
    try {
      JWK key =
          new ECKeyGenerator(Curve.P_256)
              .keyID("generated-" + UUID.randomUUID().toString().substring(0, 8))
              .generate();
      return new TokenSigningKeys(new JWKSet(key), key);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireUsable(JWK key) {
    if (key.getKeyID() == null || key.getKeyID().isBlank()) {
      throw new IllegalStateException("every key of PROCEDURA_JWT_KEYS needs a \"kid\"");
    }
    if (!key.isPrivate()) {
      throw new IllegalStateException(
          "key " + key.getKeyID() + " of PROCEDURA_JWT_KEYS is not a private key");
    }
    boolean usable =
        switch (key) {
          case RSAKey rsa -> rsa.size() >= 2048;
          case ECKey ec -> Curve.P_256.equals(ec.getCurve());
          default -> false;
        };
    if (!usable) {
      throw new IllegalStateException(
          "key " + key.getKeyID() + " of PROCEDURA_JWT_KEYS is neither RSA >= 2048 nor EC P-256");
    }
  }

  String signingKeyId() {
    return signing.getKeyID();
  }

  /** The header of a token signed now: the signing key's algorithm and id. */
  JwsHeader header() {
    return JwsHeader.with(algorithmOf(signing)).keyId(signing.getKeyID()).build();
  }

  JwtEncoder encoder() {
    return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signing)));
  }

  /** Accepts a token of this issuer signed by any key of the set, named by its {@code kid}. */
  JwtDecoder decoder(String issuer) {
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
            new ImmutableJWKSet<>(keys.toPublicJWKSet())));
    // Spring checks the claims (below); Nimbus would want claims it does not know of
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    var decoder = new NimbusJwtDecoder(processor);
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
    return decoder;
  }

  List<String> keyIds() {
    return keys.getKeys().stream().map(JWK::getKeyID).toList();
  }

  private static SignatureAlgorithm algorithmOf(JWK key) {
    return key instanceof RSAKey ? SignatureAlgorithm.RS256 : SignatureAlgorithm.ES256;
  }
}
