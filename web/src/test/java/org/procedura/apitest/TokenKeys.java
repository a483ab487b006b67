package org.procedura.apitest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/** Token signing keys as {@code PROCEDURA_JWT_KEYS} takes them, for an application started here. */
public final class TokenKeys {
  private TokenKeys() {}

  /** A JWK Set with one new EC P-256 private key. */
  public static String oneKey(String keyId) {
    try {
      return new JWKSet(new ECKeyGenerator(Curve.P_256).keyID(keyId).generate()).toString(false);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
