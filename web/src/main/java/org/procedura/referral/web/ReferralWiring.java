package org.procedura.referral.web;

import java.time.Clock;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.Patients;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.referral.model.Referrals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralWiring {

  /**
   * The scheduling module gets this bean too, to call {@link ReferralIntake#markScheduled} inside
   * its booking transaction.
   */
  @Bean
  ReferralIntake referralIntake(
      Referrals referrals,
      Patients patients,
      PatientRegister patientRegister,
      ProcedureTypes procedureTypes,
      Clock clock) {
    return new ReferralIntake(referrals, patients, patientRegister, procedureTypes, clock);
  }
}
