package org.procedura.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a query string that cannot be decoded (a bad percent-escape, bytes that are not
 * UTF-8), before anything asks for a parameter: Tomcat fails the first {@code getParameter} call,
 * wherever it happens, with an exception that quotes the value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class QueryStringFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      request.getParameterMap();
    } catch (InvalidParameterException e) {
      response.sendError(HttpStatus.BAD_REQUEST.value());
      return;
    }
    chain.doFilter(request, response);
  }
}
