package org.procedura.shared.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  /** The one source of "now"; tests replace it with a fixed clock. */
  @Bean
  Clock clock(ClinicProperties clinic) {
    return Clock.system(clinic.zone());
  }
}
