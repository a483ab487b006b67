package org.procedura.reports.web;

import java.time.Clock;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.reports.application.OperationsReports;
import org.procedura.reports.application.OutcomeReports;
import org.procedura.reports.application.WaitingTimeSampling;
import org.procedura.reports.model.OperationsFigures;
import org.procedura.reports.model.OutcomeFigures;
import org.procedura.reports.model.WaitingTimeSamples;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportsWiring {

  @Bean
  OperationsReports operationsReports(
      OperationsFigures figures,
      WaitingTimeSamples waitingTimes,
      Rooms rooms,
      Clinicians clinicians,
      WorkingTime workingTime,
      Clock clock,
      ClinicProperties clinic) {
    return new OperationsReports(
        figures, waitingTimes, rooms, clinicians, workingTime, clock, clinic.zone());
  }

  @Bean
  WaitingTimeSampling waitingTimeSampling(
      ProcedureTypes procedureTypes,
      FindAvailability availability,
      WaitingTimeSamples samples,
      Clock clock,
      ClinicProperties clinic) {
    return new WaitingTimeSampling(procedureTypes, availability, samples, clock, clinic.zone());
  }

  @Bean
  WaitingTimeSamplingJob waitingTimeSamplingJob(WaitingTimeSampling sampling) {
    return new WaitingTimeSamplingJob(sampling);
  }

  @Bean
  OutcomeReports outcomeReports(OutcomeFigures figures, Clock clock, ClinicProperties clinic) {
    return new OutcomeReports(figures, clock, clinic.zone());
  }
}
