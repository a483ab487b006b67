package org.procedura.rules.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.rules.model.AuthorizationVisits;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per appointment naming the authorization whose visit it uses, replaced whole when the
 * booking moves. A visit is taken under the authorization row's lock ({@code for update}), so
 * bookings of one authorization take their visits one after another, each counting (read committed)
 * those the others took; a cancelled or missed appointment no longer counts.
 */
@Component
class AuthorizationVisitsJdbcAdapter implements AuthorizationVisits {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  AuthorizationVisitsJdbcAdapter(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean use(UUID authorization, UUID appointment) {
    var keys =
        Map.of("authorization", authorization.toString(), "appointment", appointment.toString());
    List<Integer> approved =
        jdbc.queryForList(
            "select visits_approved from prior_authorization where id = :authorization for update",
            keys,
            Integer.class);
    if (approved.isEmpty()) {
      return false;
    }
    Integer others =
        jdbc.queryForObject(
            "select count(*) from authorization_visit v join appointment a on a.id = v.appointment_id"
                + " where v.authorization_id = :authorization and v.appointment_id <> :appointment"
                + " and a.status not in ('CANCELLED', 'NO_SHOW')",
            keys,
            Integer.class);
    if (others >= approved.getFirst()) {
      return false;
    }
    release(appointment);
    jdbc.update(
        "insert into authorization_visit (appointment_id, authorization_id, taken_at)"
            + " values (:appointment, :authorization, :at)",
        Map.of(
            "appointment",
            appointment.toString(),
            "authorization",
            authorization.toString(),
            "at",
            UtcTime.toColumn(clock.instant())));
    return true;
  }

  @Override
  public void release(UUID appointment) {
    jdbc.update(
        "delete from authorization_visit where appointment_id = :appointment",
        Map.of("appointment", appointment.toString()));
  }
}
