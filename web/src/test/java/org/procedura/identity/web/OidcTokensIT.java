package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tokens of an identity provider served by the test (its discovery document and JWKS on a local
 * port) are accepted with their groups mapped to roles, beside the application's own tokens, which
 * are signed by the current one of two keys and accepted when signed by either.
 */
class OidcTokensIT extends ApiIntegrationTest {
  private static final RSAKey PROVIDER_KEY = rsa("provider-1");
  private static final RSAKey STRANGER_KEY = rsa("provider-1");
  private static final ECKey OLD_KEY = ec("procedura-2026-01");
  private static final ECKey NEW_KEY = ec("procedura-2026-07");
  private static final HttpServer PROVIDER = provider();
  private static final String ISSUER =
      "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/clinic";
  private static final String WORKLIST = "/api/v1/follow-ups/worklist?list=OVERDUE";

  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void identityProvider(DynamicPropertyRegistry registry) {
    registry.add("procedura.security.oidc.issuer-uri", () -> ISSUER);
    registry.add("procedura.security.oidc.audience", () -> "procedura");
    registry.add("procedura.security.oidc.roles.FRONT_DESK", () -> "clinic-front-desk");
    registry.add("procedura.security.oidc.roles.NURSE", () -> "clinic-nurses,clinic-charge-nurses");
    registry.add("procedura.security.oidc.roles.ADMIN", () -> "clinic-it");
    registry.add(
        "procedura.security.jwt.keys", () -> new JWKSet(List.of(OLD_KEY, NEW_KEY)).toString(false));
    registry.add("procedura.security.jwt.signing-key-id", NEW_KEY::getKeyID);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.stop(0);
  }

  @Test
  void theProvidersGroupsGiveTheMappedRoles() {
    String nurse = providerToken("n.okafor", List.of("clinic-charge-nurses", "parking"));
    String it = providerToken("it.desk", List.of("clinic-it"));
    String nobody = providerToken("visitor", List.of("parking"));

    assertThat(api.withToken(nurse).get(WORKLIST).status()).isEqualTo(200);
    assertThat(api.withToken(it).get(WORKLIST).status()).isEqualTo(403);
    assertThat(api.withToken(it).get("/actuator/prometheus").status()).isEqualTo(200);
    assertThat(api.withToken(nobody).get(WORKLIST).status()).isEqualTo(403);
  }

  @Test
  void whatAProviderUserDoesIsRecordedUnderTheirName() {
    String frontDesk = providerToken("r.alvarez@clinic.example", List.of("clinic-front-desk"));

    var registered =
        api.withToken(frontDesk)
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName", "Oidc",
                    "familyName", "Registered",
                    "dateOfBirth", "1970-01-01",
                    "sex", "MALE"));

    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    assertThat(
            jdbc.queryForObject(
                "select created_by from patient where id = ?",
                String.class,
                registered.json().path("id").asString()))
        .isEqualTo("r.alvarez@clinic.example");
  }

  @Test
  void refusesProviderTokensThatAreForgedExpiredForAnotherAudienceOrFromAnotherIssuer() {
    Instant now = Instant.now();
    var groups = List.of("clinic-nurses");
    List<String> refused =
        List.of(
            sign(PROVIDER_KEY, claims(ISSUER, "procedura", "a", groups, now.minusSeconds(7200))),
            sign(STRANGER_KEY, claims(ISSUER, "procedura", "a", groups, now)),
            sign(PROVIDER_KEY, claims(ISSUER, "another-app", "a", groups, now)),
            sign(
                PROVIDER_KEY,
                claims("http://127.0.0.1:1/elsewhere", "procedura", "a", groups, now)),
            sign(PROVIDER_KEY, claims(ISSUER, "procedura", "x".repeat(61), groups, now)));
    for (String token : refused) {
      assertThat(api.withToken(token).get(WORKLIST).status()).isEqualTo(401);
    }
  }

  @Test
  void ownTokensAreSignedByTheCurrentKeyAndTheRetiringKeyIsStillAccepted() throws Exception {
    String issued = api.signIn("nurse", "nurse-demo").json().path("accessToken").asString();
    var header = SignedJWT.parse(issued).getHeader();
    assertThat(header.getKeyID()).isEqualTo(NEW_KEY.getKeyID());
    assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(api.withToken(issued).get(WORKLIST).status()).isEqualTo(200);

    Instant now = Instant.now();
    var own = claims("procedura", null, "nurse", List.of(), now);
    own = new JWTClaimsSet.Builder(own).claim("roles", List.of("NURSE")).build();
    assertThat(api.withToken(sign(OLD_KEY, own)).get(WORKLIST).status()).isEqualTo(200);
    var unknown = ec(OLD_KEY.getKeyID());
    assertThat(api.withToken(sign(unknown, own)).get(WORKLIST).status()).isEqualTo(401);
  }

  private static String providerToken(String username, List<String> groups) {
    return sign(PROVIDER_KEY, claims(ISSUER, "procedura", username, groups, Instant.now()));
  }

  private static JWTClaimsSet claims(
      String issuer, String audience, String username, List<String> groups, Instant issuedAt) {
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject("subject-" + username.hashCode())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5))))
            .claim("preferred_username", username)
            .claim("groups", groups);
    if (audience != null) {
      claims.audience(audience);
    }
    return claims.build();
  }

  private static String sign(com.nimbusds.jose.jwk.JWK key, JWTClaimsSet claims) {
    try {
      JWSHeader header =
          new JWSHeader.Builder(key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256)
              .keyID(key.getKeyID())
              .type(JOSEObjectType.JWT)
              .build();
      var jwt = new SignedJWT(header, claims);
      jwt.sign(key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key));
      return jwt.serialize();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey rsa(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECKey ec(String keyId) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The identity provider's discovery document and its public keys. */
  private static HttpServer provider() {
    try {
      var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/clinic";
      serve(
          server,
          "/realms/clinic/.well-known/openid-configuration",
          Api.JSON.writeValueAsString(
              Map.of(
                  "issuer",
                  issuer,
                  "jwks_uri",
                  issuer + "/protocol/openid-connect/certs",
                  "id_token_signing_alg_values_supported",
                  List.of("RS256"))));
      serve(
          server,
          "/realms/clinic/protocol/openid-connect/certs",
          new JWKSet(PROVIDER_KEY).toString(true));
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void serve(HttpServer server, String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }
}
