package org.procedura.referral.web;

import java.time.Clock;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.Patients;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.referral.application.ReferralScheduling;
import org.procedura.referral.model.Referrals;
import org.procedura.scheduling.model.ReferralBookings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralWiring {

  @Bean
  ReferralIntake referralIntake(
      Referrals referrals,
      Patients patients,
      PatientRegister patientRegister,
      ProcedureTypes procedureTypes,
      Clock clock) {
    return new ReferralIntake(referrals, patients, patientRegister, procedureTypes, clock);
  }

  /** Booking from a referral moves it to SCHEDULED, inside the booking's transaction. */
  @Bean
  ReferralBookings referralBookings(ReferralIntake intake) {
    return new ReferralScheduling(intake);
  }
}
