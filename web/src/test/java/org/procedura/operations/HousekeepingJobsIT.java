package org.procedura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.identity.web.SignInThrottlesJob;
import org.procedura.scheduling.web.IdempotencyKeysJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The housekeeping jobs forget expired idempotency keys and quiet sign-in throttles, and, through
 * ShedLock, do nothing while another instance holds their lock.
 */
class HousekeepingJobsIT extends ApiIntegrationTest {
  @Autowired IdempotencyKeysJob keysJob;
  @Autowired SignInThrottlesJob throttlesJob;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /**
   * Lets the locks run out, as another instance's would: ShedLock remembers that a lock's row
   * exists and from then on only updates it, so the row is kept and its time moved back.
   */
  @AfterEach
  void releaseLocks() {
    jdbc.update(
        "update shedlock set lock_until = ? where name in ('expired-idempotency-keys',"
            + " 'quiet-sign-in-throttles')",
        utc(Instant.now().minus(Duration.ofMinutes(1))));
  }

  @Test
  void expiredIdempotencyKeysAreForgottenAndRecentOnesKept() {
    Instant now = clock.instant();
    key("expired-" + run, now.minus(Duration.ofDays(7)).minusSeconds(60));
    key("recent-" + run, now.minus(Duration.ofDays(6)));

    assertThat(keysJob.run()).isGreaterThanOrEqualTo(1);

    assertThat(keyExists("expired-" + run)).isFalse();
    assertThat(keyExists("recent-" + run)).isTrue();
  }

  @Test
  void quietSignInThrottlesAreForgottenAndLockedOnesKept() {
    Instant now = clock.instant();
    throttle("user:quiet-" + run, now.minus(Duration.ofHours(1)), null);
    throttle("user:locked-" + run, now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(5)));

    assertThat(throttlesJob.run()).isGreaterThanOrEqualTo(1);

    assertThat(throttleExists("user:quiet-" + run)).isFalse();
    assertThat(throttleExists("user:locked-" + run)).isTrue();
  }

  @Test
  void aJobLockedByAnotherInstanceDoesNothingAndRunsOnceTheLockIsFree() {
    Instant now = clock.instant();
    key("held-" + run, now.minus(Duration.ofDays(8)));
    jdbc.update(
        "insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)"
            + " on duplicate key update lock_until = values(lock_until),"
            + " locked_at = values(locked_at), locked_by = values(locked_by)",
        "expired-idempotency-keys",
        utc(Instant.now().plus(Duration.ofMinutes(10))),
        utc(Instant.now()),
        "another-instance");

    keysJob.hourly();
    assertThat(keyExists("held-" + run)).as("the other instance holds the lock").isTrue();

    releaseLocks();
    keysJob.hourly();
    assertThat(keyExists("held-" + run)).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select locked_by from shedlock where name = 'expired-idempotency-keys'",
                String.class))
        .isNotEqualTo("another-instance");
  }

  private void key(String value, Instant claimedAt) {
    jdbc.update(
        "insert into idempotency_key (key_value, fingerprint, created_at, claimed_at)"
            + " values (?, ?, ?, ?)",
        value,
        "f".repeat(64),
        utc(claimedAt),
        utc(claimedAt));
  }

  private boolean keyExists(String value) {
    return jdbc.queryForObject(
            "select count(*) from idempotency_key where key_value = ?", Integer.class, value)
        == 1;
  }

  private void throttle(String key, Instant lastFailureAt, Instant lockedUntil) {
    jdbc.update(
        "insert into sign_in_throttle (throttle_key, failures, last_failure_at, locked_until)"
            + " values (?, 3, ?, ?)",
        key,
        utc(lastFailureAt),
        lockedUntil == null ? null : utc(lockedUntil));
  }

  private boolean throttleExists(String key) {
    return jdbc.queryForObject(
            "select count(*) from sign_in_throttle where throttle_key = ?", Integer.class, key)
        == 1;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
