package org.procedura.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.procedura.identity.model.SignInThrottle;
import org.procedura.identity.model.SignInThrottles;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SignInThrottlesJdbcAdapter implements SignInThrottles {
  private final NamedParameterJdbcTemplate jdbc;

  SignInThrottlesJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<SignInThrottle> find(String key) {
    return jdbc
        .query(
            "select throttle_key, failures, last_failure_at, locked_until from sign_in_throttle"
                + " where throttle_key = :key",
            new MapSqlParameterSource("key", key),
            (rs, n) -> throttle(rs))
        .stream()
        .findFirst();
  }

  @Override
  public SignInThrottle claim(String key, Instant now) {
    var parameters = new MapSqlParameterSource("key", key).addValue("now", UtcTime.toColumn(now));
    jdbc.update(
        "insert into sign_in_throttle (throttle_key, failures, last_failure_at, locked_until)"
            + " values (:key, 0, :now, null)"
            + " on duplicate key update throttle_key = throttle_key",
        parameters);
    return jdbc.queryForObject(
        "select throttle_key, failures, last_failure_at, locked_until from sign_in_throttle"
            + " where throttle_key = :key for update",
        parameters,
        (rs, n) -> throttle(rs));
  }

  @Override
  public void save(SignInThrottle throttle) {
    var parameters =
        new MapSqlParameterSource("key", throttle.key())
            .addValue("failures", throttle.failures())
            .addValue("lastFailureAt", UtcTime.toColumn(throttle.lastFailureAt()))
            .addValue("lockedUntil", UtcTime.toColumn(throttle.lockedUntil()));
    int updated =
        jdbc.update(
            "update sign_in_throttle set failures = :failures, last_failure_at = :lastFailureAt,"
                + " locked_until = :lockedUntil where throttle_key = :key",
            parameters);
    if (updated == 0) {
      jdbc.update(
          "insert into sign_in_throttle (throttle_key, failures, last_failure_at, locked_until)"
              + " values (:key, :failures, :lastFailureAt, :lockedUntil)",
          parameters);
    }
  }

  private static SignInThrottle throttle(ResultSet rs) throws SQLException {
    return new SignInThrottle(
        rs.getString("throttle_key"),
        rs.getInt("failures"),
        UtcTime.fromColumn(rs.getObject("last_failure_at", LocalDateTime.class)),
        UtcTime.fromColumn(rs.getObject("locked_until", LocalDateTime.class)));
  }

  @Override
  public void clear(String key) {
    jdbc.update(
        "delete from sign_in_throttle where throttle_key = :key",
        new MapSqlParameterSource("key", key));
  }

  @Override
  public int forgetQuiet(Instant quietSince, Instant now) {
    return jdbc.update(
        "delete from sign_in_throttle where last_failure_at <= :quietSince"
            + " and (locked_until is null or locked_until <= :now)",
        new MapSqlParameterSource("quietSince", UtcTime.toColumn(quietSince))
            .addValue("now", UtcTime.toColumn(now)));
  }
}
