package org.procedura.rules.persistence;

import java.util.List;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimit;
import org.procedura.rules.model.ChecklistLimits;
import org.procedura.rules.model.Meal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The checklist's limits, read whole: a handful of rows, read per checklist shown or checked. */
@Component
class ChecklistLimitsJdbcAdapter implements ChecklistLimits {
  private final JdbcTemplate jdbc;

  ChecklistLimitsJdbcAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ChecklistLimit> all() {
    return jdbc.query(
        "select item, bleeding_risk, meal, min_value, max_value, unit from checklist_limit"
            + " order by item, id",
        (rs, row) -> {
          String risk = rs.getString("bleeding_risk");
          String meal = rs.getString("meal");
          return new ChecklistLimit(
              ChecklistItem.valueOf(rs.getString("item")),
              risk == null ? null : BleedingRisk.valueOf(risk),
              meal == null ? null : Meal.valueOf(meal),
              rs.getBigDecimal("min_value"),
              rs.getBigDecimal("max_value"),
              rs.getString("unit"));
        });
  }
}
