package org.procedura.authorization.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.RuleSetCode;

/** What the appointments tell of prior authorizations: their use, and the worklist's rows. */
public interface AuthorizationQueries {

  /** The visits booked (still to come) and used (completed) of each authorization. */
  Map<PriorAuthorizationId, Usage> usageOf(Collection<PriorAuthorizationId> authorizations);

  /**
   * Approved authorizations whose last day is within the days given, the soonest first, with the
   * appointments still to come that use them.
   */
  List<Expiring> expiringBetween(LocalDate from, LocalDate to);

  /**
   * Procedure appointments still to come, starting between the instants, that use no
   * authorization's visit, with what the rules need to tell whether they need one.
   */
  List<UnauthorizedBooking> bookingsWithoutAuthorization(Instant from, Instant to);

  record Usage(int booked, int used) {
    public static final Usage NONE = new Usage(0, 0);
  }

  record Expiring(
      PriorAuthorizationId authorization,
      PatientId patient,
      String number,
      String payer,
      LocalDate validTo,
      int visitsApproved,
      List<DependentBooking> bookings) {
    public Expiring {
      bookings = List.copyOf(bookings);
    }
  }

  record DependentBooking(UUID appointment, Instant start, ProcedureTypeCode procedureType) {}

  record UnauthorizedBooking(
      UUID appointment,
      PatientId patient,
      RuleSetCode ruleSet,
      ProcedureTypeCode procedureType,
      ProcedureCategory category,
      ProcedurePurpose purpose,
      CareSetting setting,
      Instant start) {}
}
