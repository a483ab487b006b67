package org.procedura.console.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: who is signed in, for the menu of their roles. */
@ControllerAdvice(basePackageClasses = ConsoleLayout.class)
class ConsoleLayout {

  @ModelAttribute("staff")
  Staff staff() {
    return current();
  }

  /** Who is signed in, or null on the sign-in page. */
  static Staff current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return Staff.of(authentication);
  }
}
