package org.procedura.shared.web;

import java.net.URI;
import org.procedura.api.common.ProblemTypes;
import org.springframework.http.HttpStatus;

/**
 * The Problem Details {@code type}, title and detail for a refusal known only by its status: those
 * of Spring MVC without a type of their own, of the security filters' firewall and of the servlet
 * container, which answer before the application has seen the request.
 */
public final class StatusProblems {
  private StatusProblems() {}

  public static URI type(int status) {
    return switch (status) {
      case 404 -> ProblemTypes.NOT_FOUND;
      case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
      case 406 -> ProblemTypes.NOT_ACCEPTABLE;
      case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.MALFORMED_REQUEST;
    };
  }

  public static String title(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }

  public static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request could not be read: its request line, path, query, headers or body are"
              + " malformed.";
      case 404 -> "Nothing is found at this path.";
      case 405 -> "This path does not answer this method.";
      case 406 -> "The answer can only be JSON (application/json or application/problem+json).";
      case 413 -> "The request is too large.";
      case 415 -> "The request body must be application/json.";
      default ->
          status >= 500
              ? "The request could not be completed; nothing was changed by it. Try again later."
              : "The request cannot be answered as sent.";
    };
  }
}
