package org.procedura.messaging.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import org.procedura.audit.model.AuditTrail;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.messaging.application.MessageComposer;
import org.procedura.messaging.application.MessageDispatcher;
import org.procedura.messaging.application.MessageQueueing;
import org.procedura.messaging.application.PatientMessages;
import org.procedura.messaging.model.DeliveryPolicy;
import org.procedura.messaging.model.MessageChannel;
import org.procedura.messaging.model.MessageTemplates;
import org.procedura.messaging.model.MessageTiming;
import org.procedura.messaging.model.Outbox;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingWiring {

  @Bean
  MessageTiming messageTiming(ClinicProperties clinic, MessagingProperties properties) {
    return new MessageTiming(
        clinic.zone(), properties.reminderLeads(), properties.quietFrom(), properties.quietUntil());
  }

  @Bean
  DeliveryPolicy deliveryPolicy(MessagingProperties properties) {
    return new DeliveryPolicy(
        properties.maxAttempts(),
        properties.firstRetry(),
        properties.longestRetry(),
        properties.lease(),
        properties.batch());
  }

  /** Scheduling's bookings, moves and cancellations queue their messages through this. */
  @Bean
  MessageQueueing messageQueueing(
      Outbox outbox, MessageTiming timing, BookingChecks bookingChecks, Clock clock) {
    return new MessageQueueing(outbox, timing, bookingChecks, clock);
  }

  @Bean
  MessageComposer messageComposer(
      Appointments appointments,
      Patients patients,
      BookingChecks bookingChecks,
      ProcedureTypes procedureTypes,
      Rooms rooms,
      MessageTemplates templates,
      ClinicProperties clinic,
      MessagingProperties properties,
      Clock clock) {
    return new MessageComposer(
        appointments,
        patients,
        bookingChecks,
        procedureTypes,
        rooms,
        templates,
        new MessageComposer.ClinicVoice(
            properties.clinicName(), properties.language(), clinic.zone()),
        clock);
  }

  /** Named by this instance's host and a random part, so that every running one is told apart. */
  @Bean
  MessageDispatcher messageDispatcher(
      Outbox outbox,
      MessageComposer composer,
      MessageChannel channel,
      AuditTrail audit,
      DeliveryPolicy policy,
      Clock clock,
      MeterRegistry registry) {
    return new MessageDispatcher(
        outbox,
        composer,
        new CountedMessageChannel(channel, registry),
        audit,
        policy,
        clock,
        host() + "/" + UUID.randomUUID());
  }

  @Bean
  PatientMessages patientMessages(Outbox outbox, Appointments appointments) {
    return new PatientMessages(outbox, appointments);
  }

  private static String host() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.length() > 50 ? name.substring(0, 50) : name;
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
