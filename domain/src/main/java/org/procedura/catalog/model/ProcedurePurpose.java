package org.procedura.catalog.model;

import org.procedura.shared.model.InvalidInputException;

public enum ProcedurePurpose {
  DIAGNOSTIC,
  THERAPEUTIC,
  DIAGNOSTIC_OR_THERAPEUTIC;

  /**
   * What a booking of a type with this catalog purpose is for: the one {@code asked} when the type
   * may be either (a sacroiliac joint injection, a sympathetic block), which must then say which;
   * otherwise the type's own purpose, which {@code asked} may repeat but not contradict.
   */
  public ProcedurePurpose bookedAs(ProcedurePurpose asked) {
    if (asked == DIAGNOSTIC_OR_THERAPEUTIC) {
      throw new InvalidInputException("purpose", "a booking is either DIAGNOSTIC or THERAPEUTIC");
    }
    if (this == DIAGNOSTIC_OR_THERAPEUTIC) {
      if (asked == null) {
        throw new InvalidInputException(
            "purpose", "this procedure may be diagnostic or therapeutic: purpose says which");
      }
      return asked;
    }
    if (asked != null && asked != this) {
      throw new InvalidInputException("purpose", "this procedure is always " + this);
    }
    return this;
  }
}
