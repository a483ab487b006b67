package org.procedura.shared.model;

import java.util.List;

/** The request contradicts what is already recorded, e.g. a medical record number in use. */
public final class ConflictException extends DomainException {
  private final String reason;
  private final List<?> details;

  public ConflictException(String reason, String message) {
    this(reason, message, List.of());
  }

  /** With {@code details}: what exactly it conflicts with, for the caller to show. */
  public ConflictException(String reason, String message, List<?> details) {
    super(message);
    this.reason = reason;
    this.details = List.copyOf(details);
  }

  public List<?> details() {
    return details;
  }

  /** A stable, machine-readable code for the kind of conflict. */
  public String reason() {
    return reason;
  }
}
