package org.procedura.api.messaging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@Tag(
    name = "Messages",
    description =
        "Confirmations, notices and reminders to patients: what was queued, sent, skipped or given"
            + " up.")
@HttpExchange("/api/v1")
public interface MessagesApi {

  @Operation(
      operationId = "listAppointmentMessages",
      summary = "The messages about an appointment",
      description =
          "Every message queued about the appointment, in the order they are due, with what became"
              + " of each; 404 for an unknown appointment.")
  @GetExchange("/appointments/{id}/messages")
  List<MessageResponse> ofAppointment(@PathVariable("id") UUID id);

  @Operation(
      operationId = "listFailedMessages",
      summary = "Messages given up",
      description =
          "The most recent 200 messages that could not be delivered after every attempt (or had no"
              + " address), newest first, so that the clinic can reach those patients another way."
              + " Administrators only.")
  @GetExchange("/messages/failures")
  List<MessageResponse> failures();
}
