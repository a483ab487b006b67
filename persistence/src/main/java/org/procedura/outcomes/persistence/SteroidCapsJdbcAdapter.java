package org.procedura.outcomes.persistence;

import java.util.List;
import org.procedura.outcomes.model.SteroidCap;
import org.procedura.outcomes.model.SteroidCaps;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The steroid caps: a small table read whole. */
@Component
class SteroidCapsJdbcAdapter implements SteroidCaps {
  private final NamedParameterJdbcTemplate jdbc;

  SteroidCapsJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SteroidCap> all() {
    return jdbc.query(
        "select drug, max_mg_per_session from steroid_cap order by drug",
        (rs, n) -> new SteroidCap(rs.getString("drug"), rs.getBigDecimal("max_mg_per_session")));
  }
}
