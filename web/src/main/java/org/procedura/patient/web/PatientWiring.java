package org.procedura.patient.web;

import java.security.SecureRandom;
import java.time.Clock;
import org.procedura.patient.application.ClinicalIntake;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.Patients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PatientWiring {

  @Bean
  PatientRegister patientRegister(Patients patients, ClinicalProfiles profiles, Clock clock) {
    return new PatientRegister(patients, profiles, clock, new SecureRandom());
  }

  @Bean
  ClinicalIntake clinicalIntake(ClinicalProfiles profiles, Clock clock) {
    return new ClinicalIntake(profiles, clock);
  }
}
