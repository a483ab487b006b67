package org.procedura.patient.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/** A payer's coverage of the patient and the payer rule set its bookings are checked against. */
public record Coverage(String payer, String plan, String memberId, RuleSetCode ruleSet)
    implements ProfilePart {
  private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

  public Coverage {
    payer = Check.text(payer, "payer", 100);
    plan = Check.optionalText(plan, "plan", 100);
    memberId = Check.text(memberId, "memberId", 40);
    Check.matching(memberId, MEMBER_ID, "memberId", "letters, digits or hyphens");
    Check.present(ruleSet, "ruleSet");
  }
}
