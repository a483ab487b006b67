package org.procedura.referral.model;

import java.time.LocalDate;
import java.util.List;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PainDuration;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.PlausibleDates;

/**
 * What a referral says, as recorded when it is received.
 *
 * @param painOnset when the pain began, if the referral says; pain duration and chronicity are
 *     derived from it
 * @param requestedProcedureType the procedure the referring provider asks for, if any; it must be
 *     offered by the catalog, which the use case checks
 */
public record ReferralDetails(
    ReferringProvider referringProvider,
    LocalDate receivedOn,
    String reason,
    List<ReferralDiagnosis> diagnoses,
    LocalDate painOnset,
    ConservativeCare conservativeCare,
    Urgency urgency,
    ProcedureTypeCode requestedProcedureType,
    String notes) {
  static final int MOST_DIAGNOSES = 12;

  public ReferralDetails {
    Check.present(referringProvider, "referringProvider");
    Check.present(receivedOn, "receivedOn");
    reason = Check.text(reason, "reason", 500);
    diagnoses = diagnoses == null ? List.of() : List.copyOf(Check.noNulls(diagnoses, "diagnoses"));
    if (diagnoses.size() > MOST_DIAGNOSES) {
      throw new InvalidInputException(
          "diagnoses", "a referral may list at most " + MOST_DIAGNOSES + " diagnoses");
    }
    if (painOnset != null && painOnset.isAfter(receivedOn)) {
      throw new InvalidInputException(
          "painOnset", "painOnset cannot be after receivedOn, the day the referral came in");
    }
    conservativeCare = conservativeCare == null ? ConservativeCare.NONE : conservativeCare;
    Check.present(urgency, "urgency");
    notes = Check.optionalText(notes, "notes", 2000);
  }

  /** Refuses dates after {@code today}. */
  ReferralDetails checkedOn(LocalDate today) {
    PlausibleDates.inHistory(painOnset, today, "painOnset");
    PlausibleDates.inHistory(receivedOn, today, "receivedOn");
    return this;
  }

  /** How long the pain has lasted on {@code today}, or null when the onset is not known. */
  public PainDuration painDurationOn(LocalDate today) {
    return painOnset == null || painOnset.isAfter(today)
        ? null
        : new PainDuration(painOnset, today);
  }
}
