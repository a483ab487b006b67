package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.identity.model.Role;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class ExternalRolesTest {
  private final ExternalRoles roles =
      new ExternalRoles(
          new OidcProperties(
              "https://login.clinic.example",
              null,
              null,
              null,
              null,
              Map.of(
                  Role.NURSE, List.of("nurses", "charge-nurses"),
                  Role.PHYSICIAN, List.of("physicians"),
                  Role.ADMIN, List.of("it"))));

  @Test
  void mapsEachConfiguredGroupToItsRoleAndIgnoresTheRest() {
    var signedIn =
        roles.convert(token(Map.of("groups", List.of("charge-nurses", "it", "parking"))));

    assertThat(signedIn.getName()).isEqualTo("r.alvarez");
    assertThat(signedIn.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_NURSE", "ROLE_ADMIN");
    assertThat(roles.convert(token(Map.of("groups", List.of("parking")))).getAuthorities())
        .isEmpty();
  }

  @Test
  void readsGroupsGivenAsOneStringToo() {
    assertThat(ExternalRoles.groupsOf("nurses physicians,it"))
        .containsExactly("nurses", "physicians", "it");
    assertThat(ExternalRoles.groupsOf(null)).isEmpty();
    assertThat(roles.rolesFor(Set.of("physicians"))).containsExactly(Role.PHYSICIAN);
  }

  @Test
  void namesTheUserBySubjectWithoutAUsernameAndRefusesANameTooLongToRecord() {
    var bySubject = roles.convert(token(Map.of("preferred_username", "", "groups", List.of())));
    assertThat(bySubject.getName()).isEqualTo("subject-1");

    assertThat(roles.convert(token(Map.of("preferred_username", "x".repeat(60)))).getName())
        .hasSize(60);
    assertThatThrownBy(() -> roles.convert(token(Map.of("preferred_username", "x".repeat(61)))))
        .isInstanceOf(InvalidBearerTokenException.class);
  }

  private static Jwt token(Map<String, Object> claims) {
    var builder =
        Jwt.withTokenValue("t")
            .header("alg", "RS256")
            .subject("subject-1")
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(60));
    if (!claims.containsKey("preferred_username")) {
      builder.claim("preferred_username", "r.alvarez");
    }
    claims.forEach(builder::claim);
    return builder.build();
  }
}
