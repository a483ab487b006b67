package org.procedura.outcomes.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** None, or a coded complication with what happened in words; OTHER must be described. */
public record Complication(ComplicationCode code, String note) {
  public static final Complication NONE = new Complication(ComplicationCode.NONE, null);

  public Complication {
    Check.present(code, "complication.code");
    note = Check.optionalText(note, "complication.note", 1000);
    if (code == ComplicationCode.NONE && note != null) {
      throw new InvalidInputException("complication.note", "no complication has no description");
    }
    if (code == ComplicationCode.OTHER && note == null) {
      throw new InvalidInputException(
          "complication.note", "an OTHER complication must be described");
    }
  }
}
