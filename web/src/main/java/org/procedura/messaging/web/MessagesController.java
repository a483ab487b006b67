package org.procedura.messaging.web;

import java.util.List;
import java.util.UUID;
import org.procedura.api.messaging.MessageResponse;
import org.procedura.api.messaging.MessagesApi;
import org.procedura.messaging.application.PatientMessages;
import org.procedura.messaging.model.MessageRecord;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.web.ClinicTime;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MessagesController implements MessagesApi {
  private final PatientMessages messages;
  private final ClinicTime time;
  private final MessagingValueMapper values;

  MessagesController(PatientMessages messages, ClinicTime time, MessagingValueMapper values) {
    this.messages = messages;
    this.time = time;
    this.values = values;
  }

  @Override
  public List<MessageResponse> ofAppointment(UUID id) {
    return messages.ofAppointment(new AppointmentId(id)).stream().map(this::toResponse).toList();
  }

  @Override
  public List<MessageResponse> failures() {
    return messages.failures().stream().map(this::toResponse).toList();
  }

  private MessageResponse toResponse(MessageRecord record) {
    var message = record.message();
    return new MessageResponse(
        message.id().value(),
        values.toApi(message.kind()),
        values.toApi(record.status()),
        message.appointment().value(),
        message.patient().value(),
        time.toOffset(message.appointmentStart()),
        time.toOffset(message.dueAt()),
        message.lead() == null ? null : message.lead().toString(),
        record.attempts(),
        record.reason(),
        record.settledAt() == null ? null : time.toOffset(record.settledAt()));
  }
}
