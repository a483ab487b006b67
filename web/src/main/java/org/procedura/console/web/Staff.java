package org.procedura.console.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.procedura.identity.model.Role;
import org.springframework.security.core.Authentication;

/** The signed-in member of staff, as the console's layout shows them and picks their menu. */
record Staff(String username, Set<Role> roles) {

  static Staff of(Authentication authentication) {
    return new Staff(
        authentication.getName(),
        authentication.getAuthorities().stream()
            .map(granted -> granted.getAuthority())
            .filter(authority -> authority.startsWith("ROLE_"))
            .map(authority -> Role.valueOf(authority.substring("ROLE_".length())))
            .collect(Collectors.toUnmodifiableSet()));
  }

  boolean is(Role role) {
    return roles.contains(role);
  }

  /** Finds and books patients, and sees the day. */
  public boolean frontDesk() {
    return is(Role.FRONT_DESK) || is(Role.PHYSICIAN);
  }

  /** Works with patients at all (administrators do not). */
  public boolean clinical() {
    return is(Role.FRONT_DESK) || is(Role.NURSE) || is(Role.PHYSICIAN);
  }

  /** Acknowledges rule warnings. */
  public boolean physician() {
    return is(Role.PHYSICIAN);
  }

  /** Records the clinical checklist: nurses and physicians. */
  public boolean clinician() {
    return is(Role.NURSE) || is(Role.PHYSICIAN);
  }

  /** Keeps the staff, clinicians, rooms, hours, rule sets and follow-up protocols. */
  public boolean admin() {
    return is(Role.ADMIN);
  }

  public boolean checksIn() {
    return is(Role.FRONT_DESK) || is(Role.NURSE);
  }

  public String roleNames() {
    return roles.stream()
        .sorted()
        .map(role -> role.name().replace('_', ' ').toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
