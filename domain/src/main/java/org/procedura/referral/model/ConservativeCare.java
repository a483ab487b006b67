package org.procedura.referral.model;

import java.util.List;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * The conservative care tried before the referral: weeks of physical therapy, the medications tried
 * and anything else (e.g. chiropractic, home exercise); payer rules ask for it before some
 * procedures.
 */
public record ConservativeCare(
    int physicalTherapyWeeks, List<String> medicationsTried, String other) {
  static final int MOST_WEEKS = 520;
  static final int MOST_MEDICATIONS = 20;

  public static final ConservativeCare NONE = new ConservativeCare(0, List.of(), null);

  public ConservativeCare {
    if (physicalTherapyWeeks < 0 || physicalTherapyWeeks > MOST_WEEKS) {
      throw new InvalidInputException(
          "conservativeCare.physicalTherapyWeeks",
          "conservativeCare.physicalTherapyWeeks must be between 0 and " + MOST_WEEKS);
    }
    medicationsTried =
        medicationsTried == null
            ? List.of()
            : Check.noNulls(medicationsTried, "conservativeCare.medicationsTried").stream()
                .map(name -> Check.text(name, "conservativeCare.medicationsTried", 100))
                .toList();
    if (medicationsTried.size() > MOST_MEDICATIONS) {
      throw new InvalidInputException(
          "conservativeCare.medicationsTried",
          "conservativeCare.medicationsTried may list at most " + MOST_MEDICATIONS);
    }
    other = Check.optionalText(other, "conservativeCare.other", 500);
  }
}
