package org.procedura.identity.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.procedura.shared.web.Defects;
import org.procedura.shared.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Tomcat's HTML error page: what the container refuses before the application sees the
 * request (a malformed path or query, an encoded slash, a request line it cannot parse) or what
 * escapes the application is answered as Problem Details with the API's security headers.
 */
final class ProblemReportValve extends ErrorReportValve {
  private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

  private final ProblemResponses problems;

  ProblemReportValve(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    var ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    if (throwable != null && status >= 500) {
      log.error(
          "Unhandled {} outside the application",
          throwable.getClass().getName(),
          Defects.withoutData(throwable));
    }
    try {
      response.resetBuffer();
      SecurityHeaders.writeTo(request, response);
      String body = problems.prepareByStatus(request, response, status);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      log.debug("Could not write the problem of a refused request", Defects.withoutData(e));
    }
  }
}
