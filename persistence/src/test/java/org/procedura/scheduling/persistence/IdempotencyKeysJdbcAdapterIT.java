package org.procedura.scheduling.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.shared.persistence.UtcTime;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The claim protocol against the real database, one step at a time. */
@SpringBootTest
class IdempotencyKeysJdbcAdapterIT extends RealDatabaseTest {
  private static final String FINGERPRINT = "a".repeat(64);

  @Autowired IdempotencyKeys keys;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  /** The default lease. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final IdempotencyKey key = new IdempotencyKey("it-" + UUID.randomUUID());
  private final AppointmentId booked = AppointmentId.newId();

  @Test
  void aKeyIsClaimedOnceAndThenAnswersWithWhatItBooked() {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    completeInTransaction();

    assertThat(keys.claim(key, FINGERPRINT)).contains(booked);
    assertThatThrownBy(() -> keys.claim(key, "b".repeat(64)))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            e -> assertThat(e.reason()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
  }

  @Test
  void aSecondRequestWaitsForTheHolderAndAnswersWithWhatItBooked() throws Exception {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();

    CompletableFuture<Optional<AppointmentId>> second =
        CompletableFuture.supplyAsync(() -> keys.claim(key, FINGERPRINT));
    Thread.sleep(300);
    assertThat(second).as("waiting while the holder books").isNotDone();
    completeInTransaction();

    assertThat(second.get(10, TimeUnit.SECONDS)).contains(booked);
  }

  @Test
  void aSecondRequestWaitingForAHolderWhoseBookingFailedTakesTheKey() throws Exception {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();

    CompletableFuture<Optional<AppointmentId>> second =
        CompletableFuture.supplyAsync(() -> keys.claim(key, FINGERPRINT));
    Thread.sleep(300);
    assertThat(second).isNotDone();
    keys.release(key);

    assertThat(second.get(10, TimeUnit.SECONDS)).as("the second now holds the key").isEmpty();
    completeInTransaction();
    assertThat(keys.claim(key, FINGERPRINT)).contains(booked);
  }

  @Test
  void aReleasedKeyMayBeUsedForAnotherRequest() {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    keys.release(key);

    assertThat(keys.claim(key, "b".repeat(64))).isEmpty();
  }

  @Test
  void aCompletedKeyIsNotReleased() {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    completeInTransaction();

    keys.release(key);

    assertThat(keys.claim(key, FINGERPRINT)).contains(booked);
  }

  @Test
  void aClaimLeftPendingPastItsLeaseIsTakenOverByARetry() {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    claimedAgo(LEASE.plusSeconds(1));

    assertThat(keys.claim(key, FINGERPRINT)).as("the retry now holds the key").isEmpty();
    completeInTransaction();
    assertThat(keys.claim(key, FINGERPRINT)).contains(booked);
  }

  @Test
  void aHolderStillBookingWhenItsClaimWasTakenOverCannotCompleteIt() {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    claimedAgo(LEASE.plusSeconds(1));
    assertThat(keys.claim(key, FINGERPRINT)).as("taken over").isEmpty();
    completeInTransaction();

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> keys.complete(key, AppointmentId.newId())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("IDEMPOTENCY_KEY_IN_USE"));
    assertThat(keys.claim(key, FINGERPRINT)).contains(booked);
  }

  @Test
  void aClaimPendingWithinItsLeaseIsWaitedFor() throws Exception {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    claimedAgo(LEASE.minusSeconds(5));

    CompletableFuture<Optional<AppointmentId>> retry =
        CompletableFuture.supplyAsync(() -> keys.claim(key, FINGERPRINT));
    Thread.sleep(300);
    assertThat(retry).as("waiting for the holder, whose lease runs").isNotDone();
    completeInTransaction();

    assertThat(retry.get(10, TimeUnit.SECONDS)).contains(booked);
  }

  @Test
  void ofRetriesRacingForAnAbandonedClaimOneTakesItOver() throws Exception {
    assertThat(keys.claim(key, FINGERPRINT)).isEmpty();
    claimedAgo(LEASE.plusSeconds(1));

    int retries = 6;
    var start = new CountDownLatch(1);
    List<CompletableFuture<Optional<AppointmentId>>> answers = new ArrayList<>();
    for (int i = 0; i < retries; i++) {
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                awaitQuietly(start);
                return keys.claim(key, FINGERPRINT);
              },
              Executors.newVirtualThreadPerTaskExecutor()));
    }
    start.countDown();
    Thread.sleep(1000);
    List<CompletableFuture<Optional<AppointmentId>>> holders =
        answers.stream().filter(CompletableFuture::isDone).toList();
    assertThat(holders).as("exactly one retry took the claim over").hasSize(1);
    assertThat(holders.getFirst().get()).isEmpty();
    completeInTransaction();

    for (var answer : answers) {
      if (answer != holders.getFirst()) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(booked);
      }
    }
  }

  /** Sets the claim's time back, as if its holder had stopped that long ago. */
  private void claimedAgo(Duration age) {
    int updated =
        jdbc.update(
            "update idempotency_key set claimed_at = ? where key_value = ?",
            UtcTime.toColumn(clock.instant().minus(age)),
            key.value());
    assertThat(updated).isEqualTo(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void completeInTransaction() {
    transaction.executeWithoutResult(status -> keys.complete(key, booked));
  }

  @Test
  void forgetsTheKeysClaimedBeforeTheCutoffAndKeepsTheOneClaimedAtIt() {
    // whole seconds: MySQL Connector/J drops fractions of a second on MariaDB
    var cutoff = java.time.Instant.parse("2001-02-03T04:05:06Z");
    String kept = "old-kept-" + UUID.randomUUID();
    String forgotten = "old-gone-" + UUID.randomUUID();
    jdbc.update(
        "insert into idempotency_key (key_value, fingerprint, appointment_id, created_at,"
            + " claimed_at) values (?, ?, ?, ?, ?)",
        kept,
        FINGERPRINT,
        booked.toString(),
        UtcTime.toColumn(cutoff),
        UtcTime.toColumn(cutoff));
    jdbc.update(
        "insert into idempotency_key (key_value, fingerprint, created_at, claimed_at)"
            + " values (?, ?, ?, ?)",
        forgotten,
        FINGERPRINT,
        UtcTime.toColumn(cutoff.minusSeconds(1)),
        UtcTime.toColumn(cutoff.minusSeconds(1)));

    assertThat(keys.forgetClaimedBefore(cutoff)).isEqualTo(1);

    assertThat(
            jdbc.queryForList(
                "select key_value from idempotency_key where key_value in (?, ?)",
                String.class,
                kept,
                forgotten))
        .containsExactly(kept);
    jdbc.update("delete from idempotency_key where key_value = ?", kept);
  }
}
