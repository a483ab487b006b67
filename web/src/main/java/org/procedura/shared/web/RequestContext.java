package org.procedura.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * What the filters learn about a request and hand on through its attributes: its id, and who called
 * (known inside the security filters, which clear the security context on their way out).
 */
public final class RequestContext {
  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final String REQUEST_ID = RequestContext.class.getName() + ".requestId";
  private static final String CALLER = RequestContext.class.getName() + ".caller";

  private RequestContext() {}

  /** The signed-in caller and their roles (without the ROLE_ prefix). */
  public record Caller(String username, List<String> roles) {
    public Caller {
      roles = roles.stream().sorted().toList();
    }
  }

  public static void setRequestId(HttpServletRequest request, String requestId) {
    request.setAttribute(REQUEST_ID, requestId);
  }

  public static String requestId(HttpServletRequest request) {
    return (String) request.getAttribute(REQUEST_ID);
  }

  public static void setCaller(HttpServletRequest request, Caller caller) {
    request.setAttribute(CALLER, caller);
  }

  public static Caller caller(HttpServletRequest request) {
    return (Caller) request.getAttribute(CALLER);
  }
}
