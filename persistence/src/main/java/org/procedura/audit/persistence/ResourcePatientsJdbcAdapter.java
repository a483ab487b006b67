package org.procedura.audit.persistence;

import java.util.Optional;
import java.util.UUID;
import org.procedura.audit.model.ResourcePatients;
import org.procedura.audit.model.ResourceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One select by primary key: an appointment's (and so its procedure's), a follow-up's or a
 * referral's.
 */
@Component
class ResourcePatientsJdbcAdapter implements ResourcePatients {
  private final JdbcTemplate jdbc;

  ResourcePatientsJdbcAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UUID> patientOf(ResourceType type, String resourceId) {
    String table =
        switch (type) {
          case APPOINTMENT, PROCEDURE_RECORD -> "appointment";
          case FOLLOW_UP -> "follow_up";
          case REFERRAL -> "referral";
          default -> null;
        };
    String id = idOrNull(resourceId);
    if (table == null || id == null) {
      return Optional.empty();
    }
    return jdbc
        .queryForList("select patient_id from " + table + " where id = ?", String.class, id)
        .stream()
        .findFirst()
        .map(UUID::fromString);
  }

  /** The id as stored, or null when the path segment is no id at all. */
  private static String idOrNull(String value) {
    try {
      String id = value == null ? null : UUID.fromString(value).toString();
      return id != null && id.equalsIgnoreCase(value) ? id : null;
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
