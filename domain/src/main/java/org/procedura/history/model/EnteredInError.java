package org.procedura.history.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/** Why a record was found to be wrong (another patient's letter, a duplicate), by whom and when. */
public record EnteredInError(String reason, Stamp stamp) {
  public EnteredInError {
    reason = Check.text(reason, "reason", 500);
    Check.present(stamp, "stamp");
  }
}
