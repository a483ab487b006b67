package org.procedura.rules.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.application.ProcedureBaselines;
import org.procedura.patient.model.Patients;
import org.procedura.referral.model.Referrals;
import org.procedura.rules.application.AppointmentRuleChecks;
import org.procedura.rules.application.BookingEligibility;
import org.procedura.rules.application.BookingRuleChecks;
import org.procedura.rules.application.DocumentsOnFile;
import org.procedura.rules.application.ProcedureChecklist;
import org.procedura.rules.application.RuleSetAdministration;
import org.procedura.rules.model.AuthorizationVisits;
import org.procedura.rules.model.ChecklistLimits;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.Rooms;
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
  BookingEligibility bookingEligibility(
      PatientCharts charts,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      Appointments appointments,
      ProcedureTypes procedureTypes,
      Referrals referrals,
      @Value("${procedura.clinic.care-setting:AMBULATORY_SURGERY_CENTER}") CareSetting setting,
      Clock clock) {
    return new BookingEligibility(
        charts,
        ruleSets,
        holdTables,
        records,
        appointments,
        procedureTypes,
        referrals,
        setting,
        clock);
  }

  @Bean
  DocumentsOnFile documentsOnFile(PatientDocuments documents, Patients patients, Clock clock) {
    return new DocumentsOnFile(documents, patients, clock);
  }

  @Bean
  AppointmentRuleChecks appointmentRuleChecks(RuleCheckRecords records) {
    return new AppointmentRuleChecks(records);
  }

  /**
   * Procedures are checked in through their checklist, whose baseline pain score is the outcomes'
   * baseline of the procedure.
   */
  @Bean
  ProcedureChecklist procedureChecklist(
      Appointments appointments,
      ProcedureTypes procedureTypes,
      Rooms rooms,
      PatientCharts charts,
      HoldTables holdTables,
      ChecklistRecords records,
      ChecklistLimits limits,
      ProcedureBaselines baselines,
      RuleSets ruleSets,
      RuleCheckRecords ruleChecks,
      @Value("${procedura.clinic.care-setting:AMBULATORY_SURGERY_CENTER}") CareSetting setting,
      Clock clock) {
    return new ProcedureChecklist(
        new ProcedureChecklist.Sources(
            appointments, procedureTypes, rooms, charts, holdTables, records, limits, baselines),
        ruleSets,
        ruleChecks,
        setting,
        clock);
  }

  /**
   * Every procedure booking passes the safety and payer rules, in its own transaction; their
   * findings are counted for the metrics.
   */
  @Bean
  BookingChecks bookingChecks(
      PatientCharts charts,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      AuthorizationVisits visits,
      @Value("${procedura.clinic.care-setting:AMBULATORY_SURGERY_CENTER}") CareSetting setting,
      Clock clock,
      MeterRegistry registry) {
    return new CountedBookingChecks(
        new BookingRuleChecks(charts, ruleSets, holdTables, records, visits, setting, clock),
        registry);
  }
}
