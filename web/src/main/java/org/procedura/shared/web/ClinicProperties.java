package org.procedura.shared.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The clinic's own settings; its time zone decides what "today" and a working day are. */
@ConfigurationProperties("procedura.clinic")
public record ClinicProperties(ZoneId zone) {
  public ClinicProperties {
    if (zone == null) {
      throw new IllegalStateException("procedura.clinic.zone must name the clinic's time zone");
    }
  }
}
