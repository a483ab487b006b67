package org.procedura.identity.web;

import java.util.Set;
import org.procedura.audit.model.Touches;
import org.procedura.identity.model.Role;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One row of the {@link AccessMatrix}: a method and a path pattern ({@code {name}} for one path
 * segment), who may call it (nobody signed in needed when {@code open}), and what it touches.
 */
public record Endpoint(
    HttpMethod method, String path, boolean open, Set<Role> roles, Touches touches) {
  public Endpoint {
    if (open == !roles.isEmpty()) {
      throw new IllegalArgumentException(path + ": either open or for some roles");
    }
    roles = Set.copyOf(roles);
  }

  PathPattern pattern() {
    return PathPatternParser.defaultInstance.parse(path);
  }

  public boolean allows(Role role) {
    return open || roles.contains(role);
  }

  /** The path with every variable written {@code {}}, to compare with an OpenAPI path. */
  public String template() {
    return path.replaceAll("\\{[^}]+}", "{}");
  }

  public String[] roleNames() {
    return roles.stream().map(Enum::name).sorted().toArray(String[]::new);
  }
}
