package org.procedura.shared.model;

import java.util.function.Supplier;

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

  /**
   * Runs {@code part}, naming the field of any refusal within {@code prefix}: a request that nests
   * one part in another (a new patient within a referral) gets field names the caller can find.
   */
  public static <T> T within(String prefix, Supplier<T> part) {
    try {
      return part.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(prefix + "." + e.field(), e.getMessage());
    }
  }
}
