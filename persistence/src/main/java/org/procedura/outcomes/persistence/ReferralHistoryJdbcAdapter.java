package org.procedura.outcomes.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.PatientId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The timeline's read of the referral table. */
@Component
class ReferralHistoryJdbcAdapter implements ReferralHistory {
  private final NamedParameterJdbcTemplate jdbc;

  ReferralHistoryJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Entry> of(PatientId patient) {
    return jdbc.query(
        """
        select id, received_on, status, reason, requested_procedure_type from referral
        where patient_id = :patient order by received_on, recorded_at
        """,
        new MapSqlParameterSource("patient", patient.toString()),
        (rs, n) ->
            new Entry(
                UUID.fromString(rs.getString("id")),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("status"),
                rs.getString("reason"),
                rs.getString("requested_procedure_type")));
  }
}
