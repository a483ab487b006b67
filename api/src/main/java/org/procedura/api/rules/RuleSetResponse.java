package org.procedura.api.rules;

import java.util.List;

/** A payer's rule set at one version; a booking is checked against the current one. */
public record RuleSetResponse(String code, int version, List<PayerRuleDto> rules) {}
