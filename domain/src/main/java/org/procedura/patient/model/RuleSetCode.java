package org.procedura.patient.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/**
 * Names the payer rule set that applies to a coverage, e.g. {@code MEDICARE_DEFAULT}. Only the
 * shape is checked here: the rule sets themselves are configured data.
 */
public record RuleSetCode(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  public RuleSetCode {
    value = Check.text(value, "ruleSet", 40);
    Check.matching(value, SHAPE, "ruleSet", "2 to 40 capital letters, digits or underscores");
  }

  @Override
  public String toString() {
    return value;
  }
}
