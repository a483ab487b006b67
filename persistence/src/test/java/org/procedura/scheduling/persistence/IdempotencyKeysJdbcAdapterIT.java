package org.procedura.scheduling.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The claim protocol against the real database, one step at a time. */
@SpringBootTest
class IdempotencyKeysJdbcAdapterIT extends RealDatabaseTest {
  private static final String FINGERPRINT = "a".repeat(64);

  @Autowired IdempotencyKeys keys;
  @Autowired TransactionTemplate transaction;

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

  private void completeInTransaction() {
    transaction.executeWithoutResult(status -> keys.complete(key, booked));
  }
}
