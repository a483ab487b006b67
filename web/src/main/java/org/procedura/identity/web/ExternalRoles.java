package org.procedura.identity.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.procedura.identity.model.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A token of the clinic's identity provider as a signed-in member of staff: the user named by the
 * username claim, with each role whose groups (configured) include one the token's roles claim
 * lists. A group that maps to no role gives nothing; a token without a usable name is refused.
 */
final class ExternalRoles implements Converter<Jwt, AbstractAuthenticationToken> {
  static final int LONGEST_USERNAME = 60;

  private final OidcProperties oidc;

  ExternalRoles(OidcProperties oidc) {
    this.oidc = oidc;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String username = jwt.getClaimAsString(oidc.usernameClaim());
    if (username == null || username.isBlank()) {
      username = jwt.getSubject();
    }
    if (username == null || username.isBlank() || username.length() > LONGEST_USERNAME) {
      throw new InvalidBearerTokenException("the token names no user this application can record");
    }
    Set<String> groups = groupsOf(jwt.getClaims().get(oidc.rolesClaim()));
    var authorities =
        rolesFor(groups).stream()
            .map(role -> new SimpleGrantedAuthority(CallerCapture.ROLE_PREFIX + role.name()))
            .toList();
    return new JwtAuthenticationToken(jwt, authorities, username);
  }

  List<Role> rolesFor(Set<String> groups) {
    return oidc.roles().entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(groups::contains))
        .map(java.util.Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** A list claim, or one string of names separated by spaces or commas (as "scope" is). */
  static Set<String> groupsOf(Object claim) {
    Set<String> groups = new LinkedHashSet<>();
    if (claim instanceof Collection<?> values) {
      values.forEach(value -> groups.add(String.valueOf(value)));
    } else if (claim instanceof String text) {
      for (String name : text.split("[\\s,]+")) {
        if (!name.isBlank()) {
          groups.add(name);
        }
      }
    }
    return groups;
  }
}
