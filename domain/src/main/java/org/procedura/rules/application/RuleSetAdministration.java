package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.PayerRule;
import org.procedura.rules.model.RuleHeader;
import org.procedura.rules.model.RuleParameters;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.NotFoundException;

/**
 * An administrator's changes to a payer's rules, without a deploy: each change makes a new version
 * of the whole set; earlier versions stay as they were.
 */
public class RuleSetAdministration {
  private final RuleSets ruleSets;

  public RuleSetAdministration(RuleSets ruleSets) {
    this.ruleSets = ruleSets;
  }

  @Transactional
  public List<RuleSet> all() {
    return ruleSets.all();
  }

  @Transactional
  public RuleSet current(RuleSetCode code) {
    return ruleSets.current(code).orElseThrow(() -> new NotFoundException("rule set", code));
  }

  @Transactional
  public RuleSet version(RuleSetCode code, int version) {
    return ruleSets
        .version(code, version)
        .orElseThrow(() -> new NotFoundException("rule set version", code + " v" + version));
  }

  /** A new version in which one rule has the given severity and parameters. */
  @Transactional
  public RuleSet reviseRule(
      RuleSetCode code,
      int seenVersion,
      String ruleId,
      Severity severity,
      Map<String, String> parameters) {
    RuleSet current = current(code);
    current.requireVersion(seenVersion);
    List<PayerRule> rules = new ArrayList<>();
    boolean found = false;
    for (PayerRule rule : current.rules()) {
      if (rule.header().id().equals(ruleId)) {
        RuleHeader old = rule.header();
        RuleHeader header = new RuleHeader(old.id(), severity, old.scope(), old.source());
        rules.add(RuleParameters.rule(header, RuleParameters.kindOf(rule), parameters));
        found = true;
      } else {
        rules.add(rule);
      }
    }
    if (!found) {
      throw new NotFoundException("rule", code + "/" + ruleId);
    }
    RuleSet next = new RuleSet(code, current.version() + 1, rules);
    ruleSets.saveNewVersion(next);
    return next;
  }
}
