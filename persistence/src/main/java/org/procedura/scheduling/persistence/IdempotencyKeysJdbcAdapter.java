package org.procedura.scheduling.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key's row is inserted first thing in the booking's transaction. A concurrent request with the
 * same key blocks on that insert until the first transaction ends: after a commit it finds the row
 * and replays; after a rollback its own insert goes through and it books.
 */
@Component
class IdempotencyKeysJdbcAdapter implements IdempotencyKeys {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  IdempotencyKeysJdbcAdapter(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint) {
    try {
      jdbc.update(
          "insert into idempotency_key (key_value, fingerprint, created_at) values (?, ?, ?)",
          key.value(),
          fingerprint,
          UtcTime.toColumn(clock.instant()));
      return Optional.empty();
    } catch (DuplicateKeyException alreadyUsed) {
      return earlier(key, fingerprint);
    }
  }

  @Override
  public void complete(IdempotencyKey key, AppointmentId booked) {
    jdbc.update(
        "update idempotency_key set appointment_id = ? where key_value = ?",
        booked.toString(),
        key.value());
  }

  private Optional<AppointmentId> earlier(IdempotencyKey key, String fingerprint) {
    // a locking read sees the committed row even where the transaction's snapshot would not
    List<String[]> rows =
        jdbc.query(
            "select fingerprint, appointment_id from idempotency_key where key_value = ? for update",
            (rs, row) -> new String[] {rs.getString(1), rs.getString(2)},
            key.value());
    String[] row = rows.getFirst();
    if (!row[0].equals(fingerprint)) {
      throw new UnprocessableException(
          "IDEMPOTENCY_KEY_REUSED",
          "this Idempotency-Key was used for a different request; use a new key for a new booking");
    }
    return Optional.of(new AppointmentId(UUID.fromString(row[1])));
  }
}
