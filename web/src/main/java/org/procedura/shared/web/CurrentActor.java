package org.procedura.shared.web;

import java.util.Optional;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ActorSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in member of staff, as the domain's {@link Actor}. */
@Component
public class CurrentActor implements ActorSource {

  public Actor get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("no signed-in user on this request");
    }
    return new Actor(authentication.getName());
  }

  @Override
  public Optional<Actor> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(new Actor(authentication.getName()));
  }

  /** True when the signed-in user has the role (without the ROLE_ prefix). */
  public boolean hasRole(String role) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
  }
}
