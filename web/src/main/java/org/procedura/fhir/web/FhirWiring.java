package org.procedura.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.web.AuditedEndpoints;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.outcomes.application.ProcedureRecording;
import org.procedura.patient.application.ClinicalIntake;
import org.procedura.patient.application.PatientRegister;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.BookProcedure;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.application.IdempotentBooking;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.shared.web.ClinicProperties;
import org.procedura.shared.web.CurrentActor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * FHIR R4 as a driving adapter beside the REST API: HAPI's plain server under {@code /fhir}, its
 * providers calling the same use cases, its own audit filter outside security.
 */
@Configuration(proxyBeanMethods = false)
class FhirWiring {

  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4Cached();
  }

  @Bean
  ServletRegistrationBean<FhirServer> fhirServlet(
      FhirContext fhir,
      PatientRegister patients,
      ClinicResources resources,
      ProcedureCatalog catalog,
      AppointmentLifecycle lifecycle,
      ScheduleViews schedule,
      FindAvailability availability,
      BookProcedure bookProcedure,
      IdempotentBooking idempotentBooking,
      ReferralIntake referrals,
      ProcedureRecording recording,
      OutcomeTimeline timeline,
      ClinicalIntake intake,
      CurrentActor actor,
      ClinicProperties clinic,
      Clock clock) {
    var booking = new FhirBooking(bookProcedure, idempotentBooking, actor);
    List<IResourceProvider> providers = new ArrayList<>(ProfileProviders.of(intake));
    providers.addAll(
        List.of(
            new PatientProvider(patients),
            new ClinicProviders.Practitioners(resources),
            new ClinicProviders.PractitionerRoles(resources),
            new ClinicProviders.Locations(resources),
            new ClinicProviders.HealthcareServices(catalog),
            new AppointmentProvider(lifecycle, schedule, availability, booking),
            new ServiceRequestProvider(
                referrals, new ReferralsFromFhir(patients, clock, clinic.zone()), actor),
            new OutcomeProviders.Procedures(recording, timeline),
            new OutcomeProviders.Observations(timeline)));
    var server = new FhirServer(fhir, providers, new FhirErrors(fhir), new FhirAudit(fhir));
    var registration = new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }

  /** Outside the security filters, as the API's audit filter, so that refusals are recorded. */
  @Bean
  FilterRegistrationBean<FhirAuditFilter> fhirAuditFilter(
      AuditTrail trail, AuditedEndpoints endpoints, Clock clock) {
    var registration = new FilterRegistrationBean<>(new FhirAuditFilter(trail, endpoints, clock));
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
    registration.addUrlPatterns("/fhir/*");
    return registration;
  }
}
