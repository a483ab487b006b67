package org.procedura.console.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.stereotype.Component;

/** Times as the clinic reads them: in its own zone, to the minute. */
@Component
class ConsoleTime {
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final ZoneId zone;
  private final Clock clock;

  ConsoleTime(ClinicProperties clinic, Clock clock) {
    this.zone = clinic.zone();
    this.clock = clock;
  }

  ZoneId zone() {
    return zone;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  String day(Instant instant) {
    return DAY.format(instant.atZone(zone));
  }

  String hour(Instant instant) {
    return HOUR.format(instant.atZone(zone));
  }

  ScheduledVisit of(AppointmentSummary summary) {
    return new ScheduledVisit(
        summary.id().value(),
        summary.patient().value(),
        summary.patientName(),
        summary.mrn(),
        summary.kind().name(),
        summary.procedureType() == null ? null : summary.procedureType().value(),
        summary.clinicianName(),
        summary.roomName(),
        day(summary.slot().start()),
        hour(summary.slot().start()),
        hour(summary.slot().end()),
        summary.status().name());
  }
}
