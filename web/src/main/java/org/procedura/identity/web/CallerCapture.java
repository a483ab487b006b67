package org.procedura.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.procedura.shared.web.RequestContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after the bearer token is checked, notes who called on the request, for the audit filter
 * outside: the security context is cleared before that filter gets to it, also when access is then
 * denied.
 */
class CallerCapture extends OncePerRequestFilter {
  static final String ROLE_PREFIX = "ROLE_";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      RequestContext.setCaller(request, callerOf(authentication));
    }
    chain.doFilter(request, response);
  }

  /** Who signed in, with the roles the access matrix names (the authorities without "ROLE_"). */
  static RequestContext.Caller callerOf(Authentication authentication) {
    return new RequestContext.Caller(
        authentication.getName(),
        authentication.getAuthorities().stream()
            .map(granted -> granted.getAuthority())
            .filter(authority -> authority.startsWith(ROLE_PREFIX))
            .map(authority -> authority.substring(ROLE_PREFIX.length()))
            .toList());
  }
}
