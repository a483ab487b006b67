package org.procedura.rules.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;

/**
 * A payer's rules at one version. A booking records the version it was checked against, so a later
 * change of a rule never rewrites what was decided under the old one.
 */
public record RuleSet(RuleSetCode code, int version, List<PayerRule> rules) {
  public RuleSet {
    Check.present(code, "code");
    if (version < 1) {
      throw new InvalidInputException("version", "rule set versions start at 1");
    }
    rules = List.copyOf(Check.noNulls(Check.present(rules, "rules"), "rules"));
    Set<String> ids = new HashSet<>();
    for (PayerRule rule : rules) {
      if (!ids.add(rule.header().id())) {
        throw new InvalidInputException("rules", "rule " + rule.header().id() + " appears twice");
      }
    }
  }

  /** Refuses a revision decided on a version that is no longer the current one. */
  public void requireVersion(int seenVersion) {
    if (seenVersion != version) {
      throw new StaleVersionException("rule set " + code, seenVersion, version);
    }
  }

  /** Every finding of every rule whose scope covers the planned procedure, in rule order. */
  public List<Finding> check(RuleContext context) {
    return rules.stream()
        .filter(rule -> rule.appliesTo(context.planned()))
        .flatMap(rule -> rule.check(context).stream())
        .toList();
  }
}
