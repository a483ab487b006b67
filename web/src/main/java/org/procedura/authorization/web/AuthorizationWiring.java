package org.procedura.authorization.web;

import java.time.Clock;
import org.procedura.authorization.application.AuthorizationWorklist;
import org.procedura.authorization.application.PriorAuthorizationDesk;
import org.procedura.authorization.model.AuthorizationQueries;
import org.procedura.authorization.model.PriorAuthorizations;
import org.procedura.patient.model.Patients;
import org.procedura.rules.model.RuleSets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuthorizationWiring {

  @Bean
  PriorAuthorizationDesk priorAuthorizationDesk(
      PriorAuthorizations authorizations,
      AuthorizationQueries queries,
      Patients patients,
      Clock clock) {
    return new PriorAuthorizationDesk(authorizations, queries, patients, clock);
  }

  @Bean
  AuthorizationWorklist authorizationWorklist(
      AuthorizationQueries queries, RuleSets ruleSets, Clock clock) {
    return new AuthorizationWorklist(queries, ruleSets, clock);
  }
}
