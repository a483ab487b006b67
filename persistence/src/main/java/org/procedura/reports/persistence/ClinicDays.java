package org.procedura.reports.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;

/**
 * The clinic day of a UTC time column as SQL, for grouping in the database: the column shifted by
 * the zone's offset, which changes only at the daylight-saving transitions within the range, so the
 * shift is one CASE over those few instants. Everything written into the SQL is computed here from
 * the zone (offsets in minutes, transition times), never taken from a request.
 */
final class ClinicDays {
  private static final DateTimeFormatter LITERAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ClinicDays() {}

  static String dayOf(String column, ZoneId zone, Instant from, Instant to) {
    StringBuilder shift = new StringBuilder("case");
    Instant at = from;
    ZoneOffsetTransition next;
    while ((next = zone.getRules().nextTransition(at)) != null && next.getInstant().isBefore(to)) {
      shift
          .append(" when ")
          .append(column)
          .append(" < timestamp '")
          .append(LITERAL.format(LocalDateTime.ofInstant(next.getInstant(), ZoneOffset.UTC)))
          .append("' then ")
          .append(minutes(next.getOffsetBefore()));
      at = next.getInstant();
    }
    int last = minutes(zone.getRules().getOffset(at));
    String minutes =
        at.equals(from)
            ? String.valueOf(last)
            : shift.append(" else ").append(last).append(" end").toString();
    return "cast(timestampadd(MINUTE, " + minutes + ", " + column + ") as date)";
  }

  private static int minutes(ZoneOffset offset) {
    return offset.getTotalSeconds() / 60;
  }
}
