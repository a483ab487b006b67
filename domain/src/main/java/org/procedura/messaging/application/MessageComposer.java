package org.procedura.messaging.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.messaging.model.CalendarEntry;
import org.procedura.messaging.model.ClaimedMessage;
import org.procedura.messaging.model.ComposedMessage;
import org.procedura.messaging.model.Composition;
import org.procedura.messaging.model.MessageComposition;
import org.procedura.messaging.model.MessageTemplate;
import org.procedura.messaging.model.MessageTemplates;
import org.procedura.messaging.model.QueuedMessage;
import org.procedura.messaging.model.StillWorthSending;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.Rooms;

/**
 * Writes a claimed message from the appointment, the patient and the template as they are at
 * delivery, so that the address is the current one and a message for an appointment cancelled or
 * moved since is not sent ({@link StillWorthSending}).
 */
public class MessageComposer implements MessageComposition {
  private final Appointments appointments;
  private final Patients patients;
  private final BookingChecks holds;
  private final ProcedureTypes procedureTypes;
  private final Rooms rooms;
  private final MessageTemplates templates;
  private final ClinicVoice clinic;
  private final Clock clock;

  /** The clinic's name, the language its messages are written in and its time zone. */
  public record ClinicVoice(String name, String language, ZoneId zone) {}

  public MessageComposer(
      Appointments appointments,
      Patients patients,
      BookingChecks holds,
      ProcedureTypes procedureTypes,
      Rooms rooms,
      MessageTemplates templates,
      ClinicVoice clinic,
      Clock clock) {
    this.appointments = appointments;
    this.patients = patients;
    this.holds = holds;
    this.procedureTypes = procedureTypes;
    this.rooms = rooms;
    this.templates = templates;
    this.clinic = clinic;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Composition compose(ClaimedMessage claimed) {
    QueuedMessage message = claimed.message();
    Optional<Appointment> found = appointments.find(message.appointment());
    if (found.isEmpty()) {
      return new Composition.NotToSend("the appointment no longer exists");
    }
    Appointment appointment = found.get();
    Optional<String> notToSend =
        StillWorthSending.reasonNotToSend(message, appointment, clock.instant());
    if (notToSend.isPresent()) {
      return new Composition.NotToSend(notToSend.get());
    }
    Optional<Patient> patient = patients.find(message.patient());
    String email = patient.map(p -> p.getDemographics().contact().email()).orElse(null);
    if (email == null) {
      return new Composition.Undeliverable("no e-mail address on record");
    }
    Optional<MessageTemplate> template = templates.find(message.kind(), clinic.language());
    if (template.isEmpty()) {
      return new Composition.Undeliverable(
          "no " + clinic.language() + " template for " + message.kind());
    }
    Map<String, String> values = values(message, appointment, patient.get());
    return new Composition.Ready(
        new ComposedMessage(
            message.id(),
            email,
            template.get().subjectWith(values),
            template.get().bodyWith(values),
            calendarEntry(appointment, values)));
  }

  private Map<String, String> values(
      QueuedMessage message, Appointment appointment, Patient patient) {
    Map<String, String> values = new HashMap<>();
    values.put("givenName", patient.getName().given());
    values.put("when", dayAndTime(appointment.getPlacement().slot().start()));
    values.put("what", what(appointment));
    values.put(
        "where",
        rooms.find(appointment.getPlacement().room()).map(r -> r.getName()).orElse(clinic.name()));
    values.put("clinic", clinic.name());
    values.put("holds", holdsText(appointment));
    values.put("lead", message.lead() == null ? "" : leadText(message.lead()));
    return values;
  }

  private String what(Appointment appointment) {
    if (appointment.getKind() != AppointmentKind.PROCEDURE) {
      return appointment.getKind() == AppointmentKind.CONSULT ? "consultation" : "follow-up visit";
    }
    return procedureTypes
        .find(appointment.getProcedureType())
        .map(t -> t.getDefinition().name())
        .orElse("procedure");
  }

  private String holdsText(Appointment appointment) {
    if (appointment.getKind() != AppointmentKind.PROCEDURE) {
      return "";
    }
    List<HoldInstruction> instructions = holds.holdsOf(appointment.getId());
    StringBuilder text = new StringBuilder();
    for (HoldInstruction hold : instructions) {
      text.append("Take your last dose of ")
          .append(hold.medication())
          .append(" on ")
          .append(day(hold.lastDoseOn().atStartOfDay(clinic.zone()).toInstant()))
          .append("; you may take it again from ")
          .append(dayAndTime(hold.restartFrom()))
          .append(".\n");
    }
    return text.toString();
  }

  private CalendarEntry calendarEntry(Appointment appointment, Map<String, String> values) {
    int changes =
        (int)
            appointment.getEvents().stream()
                .filter(
                    e ->
                        e.type() == AppointmentEvent.Type.RESCHEDULED
                            || e.type() == AppointmentEvent.Type.CANCELLED)
                .count();
    return new CalendarEntry(
        appointment.getId() + "@procedura",
        appointment.getPlacement().slot().start(),
        appointment.getPlacement().slot().end(),
        values.get("what") + " at " + clinic.name(),
        values.get("where"),
        appointment.getStatus() == AppointmentStatus.CANCELLED,
        changes);
  }

  private String dayAndTime(Instant at) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", locale())
        .format(at.atZone(clinic.zone()));
  }

  private String day(Instant at) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale())
        .format(at.atZone(clinic.zone()));
  }

  private Locale locale() {
    return Locale.forLanguageTag(clinic.language());
  }

  private static String leadText(Duration lead) {
    if (lead.toHours() % 24 == 0 && lead.toSeconds() % 3600 == 0) {
      long days = lead.toDays();
      return days == 1 ? "tomorrow" : "in " + days + " days";
    }
    return "in " + lead.toHours() + " hours";
  }
}
