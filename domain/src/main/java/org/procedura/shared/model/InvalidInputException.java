package org.procedura.shared.model;

/** A value breaks an invariant of the model; names the field so the caller can correct it. */
public final class InvalidInputException extends DomainException {
  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
