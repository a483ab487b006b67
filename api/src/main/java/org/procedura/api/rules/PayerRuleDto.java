package org.procedura.api.rules;

import java.util.Map;
import java.util.Set;

/**
 * One rule of a payer's set: its kind, severity (BLOCK or WARN), the procedures it speaks of, and
 * its parameters as text (periods in ISO-8601 such as P12M, sets comma-separated).
 */
public record PayerRuleDto(
    String id,
    String kind,
    String severity,
    Set<String> categories,
    Set<String> procedureTypes,
    String purpose,
    Map<String, String> parameters,
    String source) {}
