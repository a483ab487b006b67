package org.procedura.rules.model;

import java.util.UUID;

/**
 * The visits of prior authorizations that appointments use. A booking takes one in its own
 * transaction under the authorization's lock, so concurrent bookings never use more than it
 * approves; whether a visit counts follows its appointment (a cancelled or missed one gives it
 * back, a completed one consumed it).
 */
public interface AuthorizationVisits {

  /**
   * Gives the appointment a visit of the authorization, in place of any it had.
   *
   * @return false, taking nothing, when the other appointments already use every visit approved
   */
  boolean use(UUID authorization, UUID appointment);

  /** The appointment no longer uses any authorization's visit. */
  void release(UUID appointment);
}
