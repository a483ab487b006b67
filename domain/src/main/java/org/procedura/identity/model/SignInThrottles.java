package org.procedura.identity.model;

import java.util.Optional;

/** The failed sign-ins, shared by every instance of the application. */
public interface SignInThrottles {

  Optional<SignInThrottle> find(String key);

  void save(SignInThrottle throttle);

  void clear(String key);
}
