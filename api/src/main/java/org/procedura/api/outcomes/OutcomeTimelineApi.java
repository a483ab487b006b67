package org.procedura.api.outcomes;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** A patient's timeline of outcomes, and its pain trajectory as a chart a browser shows. */
@HttpExchange("/api/v1/patients")
public interface OutcomeTimelineApi {

  @GetExchange("/{id}/outcomes")
  TimelineResponse timeline(@PathVariable("id") UUID id);

  /** NRS (0–10) and relief (%) per procedure over the days after it, as SVG. */
  @GetExchange(value = "/{id}/pain-chart", accept = "image/svg+xml")
  ResponseEntity<String> painChart(@PathVariable("id") UUID id);
}
