package org.procedura.referral.model;

import java.util.Optional;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/** The referrals the clinic has received. */
public interface Referrals {

  Optional<Referral> find(ReferralId id);

  /**
   * Stores a new referral or the changes to a loaded one and returns it with its new version.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  Referral save(Referral referral);

  /**
   * Referrals in the status, the longest waiting first: by the day received, then by the time
   * recorded.
   */
  PageResult<ReferralWorkItem> withStatus(ReferralStatus status, PageQuery page);
}
