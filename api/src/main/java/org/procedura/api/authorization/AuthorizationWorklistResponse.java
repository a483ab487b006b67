package org.procedura.api.authorization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The prior-authorization worklist for the next {@code days}: approved authorizations whose last
 * day falls within them, with the bookings still to come that use them, and bookings within them
 * that their patient's rule set asks an authorization for and that use none.
 */
public record AuthorizationWorklistResponse(
    int days, List<Expiring> expiring, List<Booking> needingAuthorization) {

  public record Expiring(
      UUID authorizationId,
      UUID patientId,
      String number,
      String payer,
      LocalDate validTo,
      int visitsApproved,
      List<Booking> bookings) {}

  public record Booking(
      UUID appointmentId, UUID patientId, String procedureType, OffsetDateTime start) {}
}
