package org.procedura.api.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** A patient's timeline of outcomes, and its pain trajectory as a chart a browser shows. */
@Tag(name = "Outcomes", description = "What a patient's procedures achieved over time.")
@HttpExchange("/api/v1/patients")
public interface OutcomeTimelineApi {

  @Operation(
      operationId = "getOutcomeTimeline",
      summary = "Get a patient's outcome timeline",
      description =
          "The patient's procedures with their follow-ups, relief and durable relief, and the outside procedures.")
  @GetExchange("/{id}/outcomes")
  TimelineResponse timeline(@PathVariable("id") UUID id);

  /** NRS (0–10) and relief (%) per procedure over the days after it, as SVG. */
  @Operation(
      operationId = "getPainChart",
      summary = "Get a patient's pain chart",
      description = "The patient's pain scores over time as an SVG image.")
  @GetExchange(value = "/{id}/pain-chart", accept = "image/svg+xml")
  ResponseEntity<String> painChart(@PathVariable("id") UUID id);
}
