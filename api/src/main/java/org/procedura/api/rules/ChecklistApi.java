package org.procedura.api.rules;

import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The check-in checklist of a procedure appointment. A nurse or physician records each item; the
 * procedure is checked in only when every required item is recorded and every drug hold confirmed
 * (otherwise check-in is a 422 {@code rule-violation} listing what is missing).
 */
@HttpExchange("/api/v1/appointments/{id}/checklist")
public interface ChecklistApi {

  @GetExchange
  ChecklistResponse checklist(@PathVariable("id") UUID id);

  /** Records the item as done now, by the caller; recording it again keeps the first record. */
  @PutExchange("/{item}")
  ChecklistResponse record(@PathVariable("id") UUID id, @PathVariable("item") ChecklistItem item);
}
