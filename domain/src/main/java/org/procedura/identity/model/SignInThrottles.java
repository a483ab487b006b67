package org.procedura.identity.model;

import java.time.Instant;
import java.util.Optional;

/** The failed sign-ins, shared by every instance of the application. */
public interface SignInThrottles {

  Optional<SignInThrottle> find(String key);

  /**
   * The key's throttle, created with no failures counted when there is none, and held until the
   * transaction ends: concurrent failures for one key are counted one after the other.
   */
  SignInThrottle claim(String key, Instant now);

  void save(SignInThrottle throttle);

  void clear(String key);

  /**
   * Forgets the throttles whose last failure was at or before {@code quietSince} and that are not
   * locked at {@code now}. Returns how many it forgot.
   */
  int forgetQuiet(Instant quietSince, Instant now);
}
