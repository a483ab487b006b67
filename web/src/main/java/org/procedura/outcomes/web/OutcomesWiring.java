package org.procedura.outcomes.web;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.outcomes.application.FollowUpCare;
import org.procedura.outcomes.application.FollowUpPlanning;
import org.procedura.outcomes.application.FollowUpWorklists;
import org.procedura.outcomes.application.MissedFollowUps;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.outcomes.application.ProcedureBaselines;
import org.procedura.outcomes.application.ProcedureCourses;
import org.procedura.outcomes.application.ProcedureRecording;
import org.procedura.outcomes.application.ProtocolAdministration;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.outcomes.model.SteroidCaps;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointments;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class OutcomesWiring {

  /** Completing a procedure appointment plans its follow-ups (the scheduling port). */
  @Bean
  FollowUpPlanning followUpPlanning(
      ProcedureRecords records,
      FollowUpProtocols protocols,
      FollowUps followUps,
      ClinicProperties clinic) {
    return new FollowUpPlanning(records, protocols, followUps, clinic.zone());
  }

  @Bean
  ProcedureCourses procedureCourses(
      Baselines baselines, FollowUps followUps, ClinicProperties clinic) {
    return new ProcedureCourses(baselines, followUps, clinic.zone());
  }

  /** The baseline before a procedure: the outcomes' own endpoint and the check-in checklist. */
  @Bean
  ProcedureBaselines procedureBaselines(
      Baselines baselines,
      ProcedureRecords records,
      Appointments appointments,
      FollowUpProtocols protocols,
      Clock clock) {
    return new ProcedureBaselines(baselines, records, appointments, protocols, clock);
  }

  @Bean
  ProcedureRecording procedureRecording(
      ProcedureRecords records,
      ProcedureTypes procedureTypes,
      SteroidCaps caps,
      ProcedureBaselines baselines,
      FollowUpProtocols protocols,
      ProcedureCourses courses,
      Clock clock) {
    return new ProcedureRecording(
        records, procedureTypes, caps, baselines, protocols, courses, clock);
  }

  @Bean
  FollowUpCare followUpCare(
      FollowUps followUps,
      Baselines baselines,
      Appointments appointments,
      Clock clock,
      ClinicProperties clinic) {
    return new FollowUpCare(followUps, baselines, appointments, clock, clinic.zone());
  }

  @Bean
  FollowUpWorklists followUpWorklists(FollowUps followUps, Clock clock, ClinicProperties clinic) {
    return new FollowUpWorklists(followUps, clock, clinic.zone());
  }

  @Bean
  MissedFollowUps missedFollowUps(FollowUps followUps, Clock clock, ClinicProperties clinic) {
    return new MissedFollowUps(followUps, clock, clinic.zone());
  }

  @Bean
  ProtocolAdministration protocolAdministration(
      FollowUpProtocols protocols, ProcedureTypes procedureTypes) {
    return new ProtocolAdministration(protocols, procedureTypes);
  }

  @Bean
  OutcomeTimeline outcomeTimeline(
      Patients patients,
      ReferralHistory referrals,
      ProcedureRecords records,
      ProcedureCourses courses,
      OutsideProcedures outside) {
    return new OutcomeTimeline(patients, referrals, records, courses, outside);
  }

  /** The lock that lets one instance of many run a scheduled job (table {@code shedlock}). */
  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTimeZone(java.util.TimeZone.getTimeZone("UTC"))
            .build());
  }

  @Bean
  MissedFollowUpsJob missedFollowUpsJob(MissedFollowUps missed) {
    return new MissedFollowUpsJob(missed);
  }
}
