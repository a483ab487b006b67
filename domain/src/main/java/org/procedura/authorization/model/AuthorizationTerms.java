package org.procedura.authorization.model;

import java.time.LocalDate;
import java.util.List;
import org.procedura.catalog.model.CptCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * What the payer is asked for or approved: the payer, the CPT codes, the units (levels) per
 * session, the region and side (null for any), the dates it is valid, the visits, and the document
 * on file (its reference, e.g. the fax or portal letter).
 */
public record AuthorizationTerms(
    String payer,
    List<CptCode> cptCodes,
    Integer units,
    SpinalRegion region,
    Laterality laterality,
    LocalDate validFrom,
    LocalDate validTo,
    int visitsApproved,
    String document) {
  /** A year and a day: no payer approves longer, so a later end is a typing error. */
  static final int LONGEST_DAYS = 366;

  public AuthorizationTerms {
    payer = Check.text(payer, "payer", 100);
    cptCodes = List.copyOf(Check.noNulls(Check.present(cptCodes, "cptCodes"), "cptCodes"));
    if (cptCodes.isEmpty()) {
      throw new InvalidInputException("cptCodes", "at least one CPT code is required");
    }
    if (units != null && units < 1) {
      throw new InvalidInputException("units", "units are at least 1");
    }
    Check.present(validFrom, "validFrom");
    Check.present(validTo, "validTo");
    if (validTo.isBefore(validFrom)) {
      throw new InvalidInputException("validTo", "validTo is on or after validFrom");
    }
    if (validTo.isAfter(validFrom.plusDays(LONGEST_DAYS))) {
      throw new InvalidInputException(
          "validTo", "an authorization is valid for at most " + LONGEST_DAYS + " days");
    }
    if (visitsApproved < 1 || visitsApproved > 52) {
      throw new InvalidInputException("visitsApproved", "visitsApproved is from 1 to 52");
    }
    document = Check.optionalText(document, "document", 200);
  }
}
