package org.procedura.authorization.application;

import org.procedura.authorization.model.AuthorizationQueries.Usage;
import org.procedura.authorization.model.PriorAuthorization;

/** An authorization with the visits its appointments book and use. */
public record AuthorizationView(PriorAuthorization authorization, Usage usage) {
  public int visitsLeft() {
    return authorization.getTerms().visitsApproved() - usage.booked() - usage.used();
  }
}
