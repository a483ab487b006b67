package org.procedura.identity.web;

import java.util.List;
import java.util.Map;
import org.procedura.identity.model.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clinic's identity provider, whose access tokens are accepted beside the application's own:
 * its issuer (tokens must name it in {@code iss}), where its keys are (found from the issuer's
 * discovery document when not given), the audience a token must carry (none: not checked), the
 * claim that names the user, the claim that lists the user's groups or roles, and which of those
 * give each of the four roles. No issuer: only the application's own tokens are accepted.
 */
@ConfigurationProperties("procedura.security.oidc")
record OidcProperties(
    String issuerUri,
    String jwkSetUri,
    String audience,
    String usernameClaim,
    String rolesClaim,
    Map<Role, List<String>> roles) {
  OidcProperties {
    usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim;
    rolesClaim = blank(rolesClaim) ? "groups" : rolesClaim;
    roles = roles == null ? Map.of() : Map.copyOf(roles);
  }

  boolean enabled() {
    return !blank(issuerUri);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
