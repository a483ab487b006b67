package org.procedura.shared.web;

/**
 * A defect's stack trace for the log without the messages of its exceptions, which carry request
 * data: Jackson quotes the body, JDBC drivers the bound values, Hibernate the rows.
 */
public final class Defects {
  private Defects() {}

  /** The same chain of causes and stack frames, each message replaced by its class's name. */
  public static Throwable withoutData(Throwable exception) {
    return copy(exception, 0);
  }

  private static Throwable copy(Throwable exception, int depth) {
    Throwable cause = exception.getCause();
    var copy =
        new Redacted(
            exception.getClass().getName(),
            cause == null || cause == exception || depth > 20 ? null : copy(cause, depth + 1));
    copy.setStackTrace(exception.getStackTrace());
    return copy;
  }

  static final class Redacted extends RuntimeException {
    Redacted(String exceptionClass, Throwable cause) {
      super(exceptionClass + " (message withheld: it may hold patient data)", cause);
    }
  }
}
