package org.procedura.patient.model;

import java.util.Locale;
import org.procedura.shared.model.Check;

public record PersonName(String given, String family) {
  public PersonName {
    given = Check.text(given, "givenName", 100);
    family = Check.text(family, "familyName", 100);
  }

  /** True when both parts are the same letters, ignoring case and surrounding spaces. */
  public boolean sameAs(PersonName other) {
    return normalized(given).equals(normalized(other.given))
        && normalized(family).equals(normalized(other.family));
  }

  private static String normalized(String part) {
    return part.strip().toLowerCase(Locale.ROOT);
  }
}
