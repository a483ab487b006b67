package org.procedura.apitest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the integration tests: the real time, moved forward when a test needs
 * to be on an appointment's day. Tests that move it put it back after themselves.
 */
public final class TestClock extends Clock {
  private final ZoneId zone;
  private volatile Duration ahead = Duration.ZERO;

  TestClock(ZoneId zone) {
    this.zone = zone;
  }

  /** From now on, "now" is {@code moment} plus the time passed since this call. */
  public void jumpTo(Instant moment) {
    ahead = Duration.between(Instant.now(), moment);
  }

  public void reset() {
    ahead = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    TestClock clock = new TestClock(other);
    clock.ahead = ahead;
    return clock;
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {
    @Bean
    @Primary
    TestClock testClock(org.procedura.shared.web.ClinicProperties clinic) {
      return new TestClock(clinic.zone());
    }
  }
}
