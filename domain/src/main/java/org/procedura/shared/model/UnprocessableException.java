package org.procedura.shared.model;

/**
 * The request is well-formed but cannot be carried out as asked, e.g. a room without the imaging
 * the procedure needs, or an idempotency key reused for a different request.
 */
public final class UnprocessableException extends DomainException {
  private final String reason;

  public UnprocessableException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
