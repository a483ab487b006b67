package org.procedura.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** Instants are shown with the clinic's offset of the moment, so staff read local times. */
@Component
public class ClinicTime {
  private final ClinicProperties clinic;

  public ClinicTime(ClinicProperties clinic) {
    this.clinic = clinic;
  }

  public OffsetDateTime toOffset(Instant instant) {
    return instant == null ? null : instant.atZone(clinic.zone()).toOffsetDateTime();
  }

  public Instant toInstant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  public Instant startOf(LocalDate date) {
    return date.atStartOfDay(clinic.zone()).toInstant();
  }
}
