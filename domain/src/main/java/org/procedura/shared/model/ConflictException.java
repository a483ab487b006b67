package org.procedura.shared.model;

/** The request contradicts what is already recorded, e.g. a medical record number in use. */
public final class ConflictException extends DomainException {
  private final String reason;

  public ConflictException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A stable, machine-readable code for the kind of conflict. */
  public String reason() {
    return reason;
  }
}
