package org.procedura.messaging.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.procedura.messaging.model.ClaimedMessage;
import org.procedura.messaging.model.MessageId;
import org.procedura.messaging.model.MessageKind;
import org.procedura.messaging.model.MessageRecord;
import org.procedura.messaging.model.MessageStatus;
import org.procedura.messaging.model.Outbox;
import org.procedura.messaging.model.OutboxDepth;
import org.procedura.messaging.model.QueuedMessage;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox in {@code outbox_message}. A claim selects the due rows with {@code FOR UPDATE SKIP
 * LOCKED}, so that a second dispatcher claiming at the same moment passes over the rows the first
 * is claiming instead of waiting for them or taking them too, and marks them SENDING for its
 * claimant until the lease's end, kept in {@code next_attempt_at}: one column says when a row is
 * next looked at, whether it waits for its time, its retry or the end of a claim. MariaDB and MySQL
 * 8 skip locked rows as they scan; H2 (the embedded default, one instance) applies the limit before
 * skipping, so a second claimant there may find nothing while the first holds the earliest rows,
 * which delays but never doubles a message. Settling is conditional on the claimant still holding
 * the row.
 */
@Component
class OutboxJdbcAdapter implements Outbox {
  private static final String COLUMNS =
      "id, kind, appointment_id, patient_id, appointment_start, due_at, lead_minutes, status,"
          + " attempts, reason, settled_at";

  private static final int CLAIM_ATTEMPTS = 5;

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  OutboxJdbcAdapter(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void queue(List<QueuedMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    SqlParameterSource[] rows =
        messages.stream()
            .map(
                m ->
                    new MapSqlParameterSource("id", m.id().toString())
                        .addValue("kind", m.kind().name())
                        .addValue("appointment", m.appointment().toString())
                        .addValue("patient", m.patient().value().toString())
                        .addValue("start", UtcTime.toColumn(m.appointmentStart()))
                        .addValue("due", UtcTime.toColumn(m.dueAt()))
                        .addValue("lead", m.lead() == null ? null : m.lead().toMinutes()))
            .toArray(SqlParameterSource[]::new);
    jdbc.batchUpdate(
        "insert into outbox_message (id, kind, appointment_id, patient_id, appointment_start,"
            + " due_at, lead_minutes, status, next_attempt_at, attempts)"
            + " values (:id, :kind, :appointment, :patient, :start, :due, :lead, 'PENDING', :due,"
            + " 0)",
        rows);
  }

  /**
   * A claim that the database chose as a deadlock's victim (its update of the due index meeting
   * another claimant's scan) rolled back whole, holding nothing, and is simply made again.
   */
  @Override
  public List<ClaimedMessage> claimDue(
      Instant now, int limit, String claimant, Instant leaseUntil) {
    for (int attempt = 1; ; attempt++) {
      try {
        return claimOnce(now, limit, claimant, leaseUntil);
      } catch (PessimisticLockingFailureException deadlock) {
        if (attempt == CLAIM_ATTEMPTS) {
          throw deadlock;
        }
      }
    }
  }

  private List<ClaimedMessage> claimOnce(
      Instant now, int limit, String claimant, Instant leaseUntil) {
    List<ClaimedMessage> claimed =
        ownTransaction.execute(
            status -> {
              List<String> ids =
                  jdbc.queryForList(
                      "select id from outbox_message where status in ('PENDING', 'SENDING')"
                          + " and next_attempt_at <= :now order by next_attempt_at"
                          + " limit :limit for update skip locked",
                      new MapSqlParameterSource("now", UtcTime.toColumn(now))
                          .addValue("limit", limit),
                      String.class);
              if (ids.isEmpty()) {
                return List.of();
              }
              var parameters =
                  new MapSqlParameterSource("ids", ids)
                      .addValue("claimant", claimant)
                      .addValue("until", UtcTime.toColumn(leaseUntil));
              jdbc.update(
                  "update outbox_message set status = 'SENDING', claimed_by = :claimant,"
                      + " next_attempt_at = :until, attempts = attempts + 1 where id in (:ids)",
                  parameters);
              return jdbc.query(
                  "select "
                      + COLUMNS
                      + " from outbox_message where id in (:ids)"
                      + " order by due_at, id",
                  parameters,
                  (rs, n) -> new ClaimedMessage(message(rs), rs.getInt("attempts")));
            });
    return claimed == null ? List.of() : claimed;
  }

  @Override
  public boolean sent(MessageId id, String claimant, Instant at) {
    return settle(id, claimant, MessageStatus.SENT, null, at);
  }

  @Override
  public boolean skipped(MessageId id, String claimant, String reason, Instant at) {
    return settle(id, claimant, MessageStatus.SKIPPED, reason, at);
  }

  @Override
  public boolean failed(MessageId id, String claimant, String reason, Instant at) {
    return settle(id, claimant, MessageStatus.FAILED, reason, at);
  }

  @Override
  public boolean retryAt(MessageId id, String claimant, Instant next, String reason) {
    return held(
        "update outbox_message set status = 'PENDING', claimed_by = null, next_attempt_at = :at,"
            + " reason = :reason where id = :id and claimed_by = :claimant"
            + " and status = 'SENDING'",
        id,
        claimant,
        reason,
        next);
  }

  private boolean settle(
      MessageId id, String claimant, MessageStatus status, String reason, Instant at) {
    return held(
        "update outbox_message set status = '"
            + status.name()
            + "', reason = :reason, settled_at = :at where id = :id and claimed_by = :claimant"
            + " and status = 'SENDING'",
        id,
        claimant,
        reason,
        at);
  }

  private boolean held(String update, MessageId id, String claimant, String reason, Instant at) {
    var parameters =
        new MapSqlParameterSource("id", id.toString())
            .addValue("claimant", claimant)
            .addValue("reason", shortened(reason))
            .addValue("at", UtcTime.toColumn(at));
    Integer updated = ownTransaction.execute(status -> jdbc.update(update, parameters));
    return updated != null && updated == 1;
  }

  @Override
  public OutboxDepth depth(Instant overdueBefore) {
    return jdbc.queryForObject(
        """
        select
          coalesce(sum(case when status in ('PENDING', 'SENDING') then 1 else 0 end), 0) as waiting,
          coalesce(sum(case when status in ('PENDING', 'SENDING')
                             and next_attempt_at < :before then 1 else 0 end), 0) as overdue,
          coalesce(sum(case when status = 'FAILED' then 1 else 0 end), 0) as failed
        from outbox_message where status in ('PENDING', 'SENDING', 'FAILED')
        """,
        new MapSqlParameterSource("before", UtcTime.toColumn(overdueBefore)),
        (rs, n) ->
            new OutboxDepth(rs.getLong("waiting"), rs.getLong("overdue"), rs.getLong("failed")));
  }

  @Override
  public List<MessageRecord> failures(int limit) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from outbox_message where status = 'FAILED'"
            + " order by settled_at desc, id limit :limit",
        new MapSqlParameterSource("limit", limit),
        (rs, n) -> record(rs));
  }

  @Override
  public List<MessageRecord> ofAppointment(AppointmentId appointment) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from outbox_message where appointment_id = :appointment"
            + " order by due_at, kind, id",
        new MapSqlParameterSource("appointment", appointment.toString()),
        (rs, n) -> record(rs));
  }

  private static String shortened(String reason) {
    return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
  }

  private static MessageRecord record(ResultSet rs) throws SQLException {
    return new MessageRecord(
        message(rs),
        MessageStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("reason"),
        UtcTime.fromColumn(rs.getObject("settled_at", LocalDateTime.class)));
  }

  private static QueuedMessage message(ResultSet rs) throws SQLException {
    Integer lead = rs.getObject("lead_minutes", Integer.class);
    return new QueuedMessage(
        new MessageId(UUID.fromString(rs.getString("id"))),
        MessageKind.valueOf(rs.getString("kind")),
        new AppointmentId(UUID.fromString(rs.getString("appointment_id"))),
        new PatientId(UUID.fromString(rs.getString("patient_id"))),
        UtcTime.fromColumn(rs.getObject("appointment_start", LocalDateTime.class)),
        UtcTime.fromColumn(rs.getObject("due_at", LocalDateTime.class)),
        lead == null ? null : Duration.ofMinutes(lead));
  }
}
