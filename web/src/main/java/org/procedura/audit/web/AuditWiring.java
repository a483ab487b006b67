package org.procedura.audit.web;

import java.time.Clock;
import org.procedura.audit.application.AuditReports;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourcePatients;
import org.procedura.shared.web.HttpHardeningProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class AuditWiring {

  @Bean
  AuditReports auditReports(AuditTrail trail) {
    return new AuditReports(trail);
  }

  /** Outside the security filters, so that their refusals are recorded as well. */
  @Bean
  FilterRegistrationBean<AuditFilter> auditFilter(
      AuditTrail trail,
      AuditedEndpoints endpoints,
      ResourcePatients resourcePatients,
      Clock clock,
      JsonMapper json,
      HttpHardeningProperties http) {
    var bodyPatient = new BodyPatient(http.maxRequestBody().toBytes(), json);
    var registration =
        new FilterRegistrationBean<>(
            new AuditFilter(
                trail, new AuditEvents(endpoints, resourcePatients, clock, json, bodyPatient)));
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
    registration.addUrlPatterns("/api/*", "/console/*", "/console", "");
    return registration;
  }
}
