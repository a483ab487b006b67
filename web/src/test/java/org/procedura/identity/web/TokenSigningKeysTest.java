package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

class TokenSigningKeysTest {

  @Test
  void signsWithTheNamedKeyAndAcceptsEveryKeyOfTheSet() throws JOSEException {
    JWK old = ec("old");
    JWK current = new RSAKeyGenerator(2048).keyID("current").generate();
    var both = TokenSigningKeys.from(properties(set(old, current), "current", false));
    var oldOnly = TokenSigningKeys.from(properties(set(old), null, false));

    String signedNow = sign(both);
    String signedBefore = sign(oldOnly);

    assertThat(both.header().getKeyId()).isEqualTo("current");
    assertThat(both.decoder("procedura").decode(signedNow).getSubject()).isEqualTo("nurse");
    assertThat(both.decoder("procedura").decode(signedBefore).getSubject()).isEqualTo("nurse");
    assertThatThrownBy(() -> oldOnly.decoder("procedura").decode(signedNow))
        .hasMessageContaining("key");
  }

  @Test
  void refusesAMissingKeyUnlessTheDemoMayGenerateOne() {
    assertThatThrownBy(() -> TokenSigningKeys.from(properties("", null, false)))
        .hasMessage(TokenSigningKeys.MISSING);
    var generated = TokenSigningKeys.from(properties("", null, true));
    assertThat(generated.decoder("procedura").decode(sign(generated)).getSubject())
        .isEqualTo("nurse");
  }

  @Test
  void refusesKeysThatCannotSignOrAreTooWeak() throws JOSEException {
    JWK publicOnly = ec("public").toPublicJWK();
    JWK weakRsa = new RSAKeyGenerator(1024, true).keyID("weak").generate();
    JWK strongRsa = new RSAKeyGenerator(2048).keyID("strong").generate();
    JWK otherCurve = new ECKeyGenerator(Curve.P_384).keyID("p384").generate();
    JWK noId = new ECKeyGenerator(Curve.P_256).generate();

    assertThat(TokenSigningKeys.from(properties(set(strongRsa), null, false)).signingKeyId())
        .isEqualTo("strong");
    for (JWK refused : List.of(publicOnly, weakRsa, otherCurve, noId)) {
      assertThatThrownBy(() -> TokenSigningKeys.from(properties(set(refused), null, false)))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> TokenSigningKeys.from(properties("not json", null, false)))
        .hasMessageContaining("not a JWK Set");
  }

  @Test
  void needsTheSigningKeyNamedWhenThereAreSeveralAndNamedRight() {
    String two = set(ec("a"), ec("b"));
    assertThatThrownBy(() -> TokenSigningKeys.from(properties(two, null, false)))
        .hasMessageContaining("PROCEDURA_JWT_SIGNING_KEY_ID");
    assertThatThrownBy(() -> TokenSigningKeys.from(properties(two, "c", false)))
        .hasMessageContaining("names no key");
    assertThat(TokenSigningKeys.from(properties(two, "b", false)).signingKeyId()).isEqualTo("b");
  }

  @Test
  void theLocalComposeKeyToolMakesAUsableKey() {
    // a key made by ops/new-jwt-key.sh (openssl and jq), as an operator would add it
    String jwk =
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"use\":\"sig\",\"alg\":\"ES256\","
            + "\"d\":\"ztPnZZCPdqEvEVteSjgSjIRxoFnmEaCNRAcpfmPFxXQ\","
            + "\"x\":\"k6ic66pRx3l69YCdVoh74oGzXWR0vDS_0D6tEti-WHc\","
            + "\"y\":\"seQUCQfM736chGSevi22BwTuGYkB8_2DZ_NuAVQrCWc\"}";
    var keys = TokenSigningKeys.from(properties("{\"keys\":[" + jwk + "]}", null, false));
    assertThat(keys.decoder("procedura").decode(sign(keys)).getSubject()).isEqualTo("nurse");
  }

  private static String sign(TokenSigningKeys keys) {
    Instant now = Instant.now();
    var claims =
        JwtClaimsSet.builder()
            .issuer("procedura")
            .subject("nurse")
            .issuedAt(now)
            .expiresAt(now.plusSeconds(60))
            .build();
    return keys.encoder().encode(JwtEncoderParameters.from(keys.header(), claims)).getTokenValue();
  }

  private static JwtProperties properties(String keys, String signingKeyId, boolean generate) {
    return new JwtProperties(keys, signingKeyId, generate, null, null, null);
  }

  private static String set(JWK... keys) {
    return new JWKSet(List.of(keys)).toString(false);
  }

  private static JWK ec(String keyId) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
