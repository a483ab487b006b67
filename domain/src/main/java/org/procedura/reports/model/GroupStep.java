package org.procedura.reports.model;

/**
 * A row of the outcome figures: a procedure type, the group within it (the spinal region, or the
 * physician's id, with a name to show; both null when split by type only) and the protocol step, in
 * the protocol's order.
 */
public record GroupStep(
    String procedureType, String group, String groupName, int stepOrder, String step) {}
