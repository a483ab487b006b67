package org.procedura.shared.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants are stored as UTC wall-clock times in DATETIME columns, passed as {@link LocalDateTime},
 * so that no driver or JVM time zone setting can shift them.
 */
public final class UtcTime {
  private UtcTime() {}

  public static LocalDateTime toColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant fromColumn(LocalDateTime column) {
    return column == null ? null : column.toInstant(ZoneOffset.UTC);
  }
}
