package org.procedura.scheduling.application;

import java.time.Duration;
import java.time.ZoneId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.shared.model.Check;

/**
 * The clinic's scheduling settings: its time zone, the turnover after a procedure, the length of
 * visits, and how far one availability search may reach.
 */
public record SchedulingPolicy(
    ZoneId zone,
    Duration procedureTurnover,
    Duration consultLength,
    Duration followUpLength,
    int longestSearchDays) {
  public SchedulingPolicy {
    Check.present(zone, "zone");
    Check.present(procedureTurnover, "procedureTurnover");
    Check.present(consultLength, "consultLength");
    Check.present(followUpLength, "followUpLength");
  }

  public Duration visitLength(AppointmentKind kind) {
    return kind == AppointmentKind.CONSULT ? consultLength : followUpLength;
  }
}
