package org.procedura.shared.persistence;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/** Tells which named constraint a database refusal came from. */
public final class Constraints {
  private Constraints() {}

  public static boolean violated(DataIntegrityViolationException e, String constraintName) {
    String needle = constraintName.toLowerCase(Locale.ROOT);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }
}
