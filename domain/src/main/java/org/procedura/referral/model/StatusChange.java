package org.procedura.referral.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/**
 * One step of a referral's history: from which status to which, who took it and when, and the note
 * given (the reason of a decline or a close, the appointment that scheduled it).
 *
 * @param from null for the first step, the referral's receipt
 */
public record StatusChange(ReferralStatus from, ReferralStatus to, Stamp stamp, String note) {
  public StatusChange {
    Check.present(to, "to");
    Check.present(stamp, "stamp");
    note = Check.optionalText(note, "note", 500);
  }
}
