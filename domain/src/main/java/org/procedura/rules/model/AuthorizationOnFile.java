package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Check;

/**
 * A payer's prior authorization as the rules read it: whether it is approved, the procedure types
 * its CPT codes cover, the region and side it names (null for any), its dates and the visits it
 * approves, with the appointments that use one (booked, or completed and so consumed). A cancelled
 * or missed appointment uses none.
 */
public record AuthorizationOnFile(
    UUID id,
    String number,
    boolean approved,
    Set<ProcedureTypeCode> coveredTypes,
    SpinalRegion region,
    Laterality laterality,
    LocalDate validFrom,
    LocalDate validTo,
    int visitsApproved,
    List<Visit> visits) {
  public AuthorizationOnFile {
    Check.present(id, "id");
    coveredTypes = Set.copyOf(Check.present(coveredTypes, "coveredTypes"));
    Check.present(validFrom, "validFrom");
    Check.present(validTo, "validTo");
    visits = List.copyOf(Check.present(visits, "visits"));
  }

  /** An appointment that uses a visit of the authorization; {@code completed} consumed it. */
  public record Visit(UUID appointment, boolean completed) {
    public Visit {
      Check.present(appointment, "appointment");
    }
  }

  public int visitsLeft() {
    return visitsApproved - visits.size();
  }

  /** The same authorization without the appointment's own visit (one being moved or checked in). */
  public AuthorizationOnFile without(UUID appointment) {
    return new AuthorizationOnFile(
        id,
        number,
        approved,
        coveredTypes,
        region,
        laterality,
        validFrom,
        validTo,
        visitsApproved,
        visits.stream().filter(v -> !v.appointment().equals(appointment)).toList());
  }

  boolean covers(ProcedureTypeCode type) {
    return coveredTypes.contains(type);
  }

  boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }

  /** The planned site lies within the one approved: its region, and only sides it names. */
  boolean coversSite(ProcedureFacts planned) {
    boolean regionFits = region == null || region == planned.region();
    if (laterality == null || laterality == Laterality.BILATERAL) {
      return regionFits;
    }
    return regionFits && planned.laterality() == laterality;
  }
}
