package org.procedura.catalog.web;

import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedureTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogWiring {

  @Bean
  ProcedureCatalog procedureCatalog(ProcedureTypes procedureTypes) {
    return new ProcedureCatalog(procedureTypes);
  }
}
