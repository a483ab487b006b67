package org.procedura.patient.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * An allergy: its kind, the substance (required for OTHER, e.g. "penicillin"; optional otherwise,
 * e.g. "lidocaine") and the reaction seen.
 */
public record Allergy(AllergyKind kind, String substance, String reaction) implements ProfilePart {
  public Allergy {
    Check.present(kind, "kind");
    substance = Check.optionalText(substance, "substance", 100);
    reaction = Check.optionalText(reaction, "reaction", 200);
    if (kind == AllergyKind.OTHER && substance == null) {
      throw new InvalidInputException("substance", "substance is required for an OTHER allergy");
    }
  }
}
