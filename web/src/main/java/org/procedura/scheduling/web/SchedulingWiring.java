package org.procedura.scheduling.web;

import java.time.Clock;
import java.time.Duration;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.application.AppointmentBook;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.BookProcedure;
import org.procedura.scheduling.application.BookVisit;
import org.procedura.scheduling.application.BookingSuitability;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.application.IdempotencyKeyRetention;
import org.procedura.scheduling.application.IdempotentBooking;
import org.procedura.scheduling.application.RescheduleAppointment;
import org.procedura.scheduling.application.ResourceCalendars;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.scheduling.application.SchedulingPolicy;
import org.procedura.scheduling.model.AppointmentNotices;
import org.procedura.scheduling.model.AppointmentQueries;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckInChecks;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.scheduling.model.ProcedureCompletions;
import org.procedura.scheduling.model.ProcedureEligibility;
import org.procedura.scheduling.model.ReferralBookings;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SchedulingWiring {

  @Bean
  SchedulingPolicy schedulingPolicy(ClinicProperties clinic, SchedulingProperties properties) {
    return new SchedulingPolicy(
        clinic.zone(),
        properties.procedureTurnover(),
        properties.consultLength(),
        properties.followUpLength(),
        properties.longestSearchDays());
  }

  @Bean
  ResourceCalendars resourceCalendars(
      WorkingTime workingTime, AppointmentQueries queries, SchedulingPolicy policy) {
    return new ResourceCalendars(workingTime, queries, policy);
  }

  @Bean
  ClinicResources clinicResources(
      Clinicians clinicians,
      Rooms rooms,
      WorkingTime workingTime,
      ProcedureTypes procedureTypes,
      SchedulingPolicy policy,
      Clock clock) {
    return new ClinicResources(clinicians, rooms, workingTime, procedureTypes, policy, clock);
  }

  @Bean
  BookingSuitability bookingSuitability(
      Patients patients,
      ProcedureTypes procedureTypes,
      Clinicians clinicians,
      Rooms rooms,
      ResourceCalendars calendars,
      SchedulingPolicy policy,
      Clock clock) {
    return new BookingSuitability(
        patients, procedureTypes, clinicians, rooms, calendars, policy, clock);
  }

  @Bean
  AppointmentBook appointmentBook(
      Appointments appointments,
      ReferralBookings referralBookings,
      IdempotencyKeys idempotencyKeys) {
    return new AppointmentBook(appointments, referralBookings, idempotencyKeys);
  }

  @Bean
  BookProcedure bookProcedure(
      BookingSuitability suitability,
      AppointmentBook book,
      BookingChecks bookingChecks,
      SchedulingPolicy policy,
      AppointmentNotices notices,
      Clock clock) {
    return new BookProcedure(suitability, book, bookingChecks, policy, notices, clock);
  }

  @Bean
  BookVisit bookVisit(
      BookingSuitability suitability,
      AppointmentBook book,
      SchedulingPolicy policy,
      AppointmentNotices notices,
      Clock clock) {
    return new BookVisit(suitability, book, policy, notices, clock);
  }

  @Bean
  RescheduleAppointment rescheduleAppointment(
      Appointments appointments,
      BookingSuitability suitability,
      AppointmentBook book,
      BookingChecks bookingChecks,
      AppointmentNotices notices,
      Clock clock) {
    return new RescheduleAppointment(
        appointments, suitability, book, bookingChecks, notices, clock);
  }

  /** Claims a key outside the booking's transaction: the bean must stay unproxied. */
  @Bean
  IdempotentBooking idempotentBooking(IdempotencyKeys keys, Appointments appointments) {
    return new IdempotentBooking(keys, appointments);
  }

  /** A retry days later is a new booking: its key is forgotten after the retention. */
  @Bean
  IdempotencyKeyRetention idempotencyKeyRetention(
      IdempotencyKeys keys,
      Clock clock,
      @Value("${procedura.housekeeping.idempotency-key-retention:P7D}") Duration retention) {
    return new IdempotencyKeyRetention(keys, clock, retention);
  }

  @Bean
  IdempotencyKeysJob idempotencyKeysJob(IdempotencyKeyRetention retention) {
    return new IdempotencyKeysJob(retention);
  }

  /**
   * Completing a procedure starts its follow-up (outcomes implements the port); a cancellation
   * queues the patient's notice (messaging implements {@link AppointmentNotices}).
   */
  @Bean
  AppointmentLifecycle appointmentLifecycle(
      Appointments appointments,
      ProcedureCompletions completions,
      CheckInChecks checkInChecks,
      AppointmentNotices notices,
      Clock clock) {
    return new AppointmentLifecycle(appointments, completions, checkInChecks, notices, clock);
  }

  @Bean
  FindAvailability findAvailability(
      ProcedureTypes procedureTypes,
      Clinicians clinicians,
      Rooms rooms,
      ResourceCalendars calendars,
      ProcedureEligibility eligibility,
      SchedulingPolicy policy,
      Clock clock) {
    return new FindAvailability(
        procedureTypes, clinicians, rooms, calendars, eligibility, policy, clock);
  }

  @Bean
  ScheduleViews scheduleViews(
      AppointmentQueries queries, Patients patients, SchedulingPolicy policy, Clock clock) {
    return new ScheduleViews(queries, patients, policy, clock);
  }
}
