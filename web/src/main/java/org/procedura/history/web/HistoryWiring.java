package org.procedura.history.web;

import java.time.Clock;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.history.application.OutsideHistory;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.patient.model.Patients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HistoryWiring {

  @Bean
  OutsideHistory outsideHistory(
      OutsideProcedures procedures, Patients patients, ProcedureTypes procedureTypes, Clock clock) {
    return new OutsideHistory(procedures, patients, procedureTypes, clock);
  }
}
