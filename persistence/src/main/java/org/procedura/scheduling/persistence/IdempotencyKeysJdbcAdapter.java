package org.procedura.scheduling.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key's primary key decides who books: a claim is the insert of the key's row, committed at
 * once in a transaction of its own, so exactly one of any number of concurrent requests, on any
 * number of instances, gets it. The others read the row: when the holder's booking commits, the row
 * names the appointment and they replay it; while it is still pending they poll, without a
 * transaction or a lock held (a request holding a pooled connection while it waits could starve the
 * holder of one); when the holder's booking fails, the row is deleted and they claim again. A claim
 * still pending after its lease ({@code procedura.booking.idempotency-claim-lease}, well above the
 * longest booking) was left by an instance that stopped before booking: a retry takes it over by a
 * conditional update of its {@code claimed_at}, so that one of several racing retries does.
 */
@Component
class IdempotencyKeysJdbcAdapter implements IdempotencyKeys {
  /** How long a request waits for the holder of its key before it is asked to retry. */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  private static final long FIRST_PAUSE_MILLIS = 5;
  private static final long LONGEST_PAUSE_MILLIS = 100;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Duration lease;

  IdempotencyKeysJdbcAdapter(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${procedura.booking.idempotency-claim-lease:PT2M}") Duration lease) {
    if (lease.compareTo(LONGEST_WAIT) <= 0) {
      throw new IllegalArgumentException(
          "the idempotency claim lease must be longer than a retry's wait of " + LONGEST_WAIT);
    }
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.lease = lease;
  }

  @Override
  public Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint) {
    long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      if (inserted(key, fingerprint)) {
        return Optional.empty();
      }
      Optional<Claim> held = read(key);
      if (held.isPresent()) {
        if (!held.get().fingerprint().equals(fingerprint)) {
          throw new UnprocessableException(
              "IDEMPOTENCY_KEY_REUSED",
              "this Idempotency-Key was used for a different request; use a new key for a new"
                  + " booking");
        }
        if (held.get().booked() != null) {
          return Optional.of(held.get().booked());
        }
        if (tookOver(key, held.get())) {
          return Optional.empty();
        }
        if (System.nanoTime() - deadline > 0) {
          throw inUse();
        }
        pause(pause);
        pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
      }
      // released meanwhile: claim it again
    }
  }

  @Override
  public void complete(IdempotencyKey key, AppointmentId booked) {
    int completed =
        jdbc.update(
            "update idempotency_key set appointment_id = ? where key_value = ?"
                + " and appointment_id is null",
            booked.toString(),
            key.value());
    if (completed != 1) {
      // taken over after the lease by a retry that booked first: this booking rolls back
      throw new ConflictException(
          "IDEMPOTENCY_KEY_IN_USE",
          "this Idempotency-Key was taken over by a retry, which booked; retry to get its answer");
    }
  }

  @Override
  public void release(IdempotencyKey key) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "delete from idempotency_key where key_value = ? and appointment_id is null",
                key.value()));
  }

  @Override
  public int forgetClaimedBefore(Instant cutoff) {
    return jdbc.update(
        "delete from idempotency_key where claimed_at < ?", UtcTime.toColumn(cutoff));
  }

  private boolean inserted(IdempotencyKey key, String fingerprint) {
    var now = UtcTime.toColumn(now());
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into idempotency_key (key_value, fingerprint, created_at, claimed_at)"
                      + " values (?, ?, ?, ?)",
                  key.value(),
                  fingerprint,
                  now,
                  now));
      return true;
    } catch (DuplicateKeyException | PessimisticLockingFailureException taken) {
      // a deadlock between two inserts racing for a just released key is decided like a duplicate
      return false;
    }
  }

  /**
   * Takes over a pending claim older than the lease. The update names the claim time read, so of
   * several retries racing for it the database lets the first one through and the others, which
   * find the claim renewed, wait for that one like for any holder.
   */
  private boolean tookOver(IdempotencyKey key, Claim held) {
    Instant now = now();
    if (held.claimedAt().plus(lease).isAfter(now)) {
      return false;
    }
    Integer renewed =
        ownTransaction.execute(
            status ->
                jdbc.update(
                    "update idempotency_key set claimed_at = ? where key_value = ?"
                        + " and appointment_id is null and claimed_at = ?",
                    UtcTime.toColumn(now),
                    key.value(),
                    UtcTime.toColumn(held.claimedAt())));
    return renewed != null && renewed == 1;
  }

  /** In the columns' precision, so that a claim time read back equals the one written. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Optional<Claim> read(IdempotencyKey key) {
    List<Claim> rows =
        ownTransaction.execute(
            status ->
                jdbc.query(
                    "select fingerprint, appointment_id, claimed_at from idempotency_key"
                        + " where key_value = ?",
                    (rs, row) ->
                        new Claim(
                            rs.getString(1),
                            rs.getString(2) == null
                                ? null
                                : new AppointmentId(UUID.fromString(rs.getString(2))),
                            UtcTime.fromColumn(rs.getObject(3, LocalDateTime.class))),
                    key.value()));
    return rows == null ? Optional.empty() : rows.stream().findFirst();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw inUse();
    }
  }

  private static ConflictException inUse() {
    return new ConflictException(
        "IDEMPOTENCY_KEY_IN_USE",
        "a request with this Idempotency-Key is still being booked; retry it shortly");
  }

  private record Claim(String fingerprint, AppointmentId booked, Instant claimedAt) {}
}
