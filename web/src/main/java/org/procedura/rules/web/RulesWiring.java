package org.procedura.rules.web;

import org.procedura.rules.application.RuleSetAdministration;
import org.procedura.rules.model.RuleSets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesWiring {

  @Bean
  RuleSetAdministration ruleSetAdministration(RuleSets ruleSets) {
    return new RuleSetAdministration(ruleSets);
  }
}
