package org.procedura.referral.application;

import java.time.LocalDate;
import org.procedura.patient.model.PainDuration;
import org.procedura.referral.model.Referral;
import org.procedura.shared.model.Check;

/** A referral as shown to staff on {@code today}, the day its derived values are computed for. */
public record ReferralView(Referral referral, LocalDate today) {
  public ReferralView {
    Check.present(referral, "referral");
    Check.present(today, "today");
  }

  /** How long the pain has lasted today, or null when the referral gives no onset. */
  public PainDuration painDuration() {
    return referral.getDetails().painDurationOn(today);
  }
}
