package org.procedura.rules.web;

import java.time.Clock;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.Patients;
import org.procedura.referral.model.Referrals;
import org.procedura.rules.application.AppointmentRuleChecks;
import org.procedura.rules.application.BookingEligibility;
import org.procedura.rules.application.BookingRuleChecks;
import org.procedura.rules.application.DocumentsOnFile;
import org.procedura.rules.application.ProcedureChecklist;
import org.procedura.rules.application.RuleInputs;
import org.procedura.rules.application.RuleSetAdministration;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesWiring {

  @Bean
  RuleSetAdministration ruleSetAdministration(RuleSets ruleSets) {
    return new RuleSetAdministration(ruleSets);
  }

  @Bean
  RuleInputs ruleInputs(
      Patients patients,
      PatientDocuments documents,
      ClinicalProfiles profiles,
      Referrals referrals,
      OutcomeTimeline outcomes,
      ProcedureTypes procedureTypes,
      ClinicProperties clinic,
      Appointments appointments) {
    return new RuleInputs(
        patients,
        documents,
        profiles,
        referrals,
        outcomes,
        procedureTypes,
        clinic.zone(),
        appointments);
  }

  @Bean
  BookingEligibility bookingEligibility(
      RuleInputs inputs,
      RuleSets ruleSets,
      HoldTables holdTables,
      Patients patients,
      ProcedureTypes procedureTypes,
      Referrals referrals,
      @Value("${procedura.clinic.care-setting:AMBULATORY_SURGERY_CENTER}") CareSetting setting,
      Clock clock) {
    return new BookingEligibility(
        inputs, ruleSets, holdTables, patients, procedureTypes, referrals, setting, clock);
  }

  @Bean
  DocumentsOnFile documentsOnFile(PatientDocuments documents, Patients patients, Clock clock) {
    return new DocumentsOnFile(documents, patients, clock);
  }

  @Bean
  AppointmentRuleChecks appointmentRuleChecks(RuleCheckRecords records) {
    return new AppointmentRuleChecks(records);
  }

  /** Procedures are checked in through their checklist. */
  @Bean
  ProcedureChecklist procedureChecklist(
      Appointments appointments,
      ProcedureTypes procedureTypes,
      Rooms rooms,
      RuleInputs inputs,
      HoldTables holdTables,
      ChecklistRecords records,
      Clock clock) {
    return new ProcedureChecklist(
        appointments, procedureTypes, rooms, inputs, holdTables, records, clock);
  }

  /** Every procedure booking passes the safety and payer rules, in its own transaction. */
  @Bean
  BookingChecks bookingChecks(
      RuleInputs inputs,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      @Value("${procedura.clinic.care-setting:AMBULATORY_SURGERY_CENTER}") CareSetting setting,
      Clock clock) {
    return new BookingRuleChecks(inputs, ruleSets, holdTables, records, setting, clock);
  }
}
