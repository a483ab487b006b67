package org.procedura.scheduling.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/** A client's name for one booking request, so that a retried request books once. */
public record IdempotencyKey(String value) {
  private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7e]{8,100}");

  public IdempotencyKey {
    value = Check.text(value, "Idempotency-Key", 100);
    Check.matching(value, SHAPE, "Idempotency-Key", "8 to 100 visible ASCII characters");
  }
}
