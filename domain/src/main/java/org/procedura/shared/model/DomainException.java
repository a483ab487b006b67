package org.procedura.shared.model;

/**
 * The one family of refusals the domain raises. Each kind maps to exactly one HTTP status in the
 * web layer, so a new kind is a compile error there until it is mapped.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        ConflictException,
        StaleVersionException,
        InvalidInputException,
        IllegalTransitionException,
        UnprocessableException,
        RuleViolationException {

  protected DomainException(String message) {
    super(message);
  }
}
