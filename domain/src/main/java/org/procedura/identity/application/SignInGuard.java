package org.procedura.identity.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.procedura.identity.model.SignInThrottles;

/**
 * Locks sign-in after repeated failures: per username (the account, or a name that has none, so a
 * lock reveals nothing about which names exist) and per client address (one machine guessing across
 * many names). A locked sign-in is refused before the password is checked.
 */
public class SignInGuard {
  private final SignInThrottles throttles;
  private final Clock clock;
  private final Limits limits;

  /** Failures that lock a username and an address, and for how long. */
  public record Limits(int perUser, int perAddress, Duration lockout) {}

  public SignInGuard(SignInThrottles throttles, Clock clock, Limits limits) {
    this.throttles = throttles;
    this.clock = clock;
    this.limits = limits;
  }

  public boolean locked(String username, String address) {
    var now = clock.instant();
    return throttles.find(userKey(username)).map(t -> t.lockedAt(now)).orElse(false)
        || throttles.find(addressKey(address)).map(t -> t.lockedAt(now)).orElse(false);
  }

  @Transactional
  public void failed(String username, String address) {
    count(userKey(username), limits.perUser());
    count(addressKey(address), limits.perAddress());
  }

  @Transactional
  public void succeeded(String username) {
    throttles.clear(userKey(username));
  }

  /**
   * Forgets the failures that no longer count: a throttle not locked, whose last failure is a whole
   * lockout period ago, would count the next failure from one again, exactly as no throttle would.
   * Returns how many were forgotten.
   */
  @Transactional
  public int forgetQuiet() {
    var now = clock.instant();
    return throttles.forgetQuiet(now.minus(limits.lockout()), now);
  }

  private void count(String key, int limit) {
    var now = clock.instant();
    throttles.save(throttles.claim(key, now).failedAt(now, limit, limits.lockout()));
  }

  private static String userKey(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
