package org.procedura.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than {@code procedura.http.max-request-body} with 413 before anything reads
 * it (answered as Problem Details by the error page, {@link ProblemErrorController}). A body
 * without a length (chunked) is accepted only as far as the limit: reading past it fails, which the
 * Problem Details advice answers as a malformed request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {
  private final long limit;

  RequestSizeFilter(HttpHardeningProperties properties) {
    this.limit = properties.maxRequestBody().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
      return;
    }
    chain.doFilter(new LimitedBodyRequest(request, limit), response);
  }
}
