package org.procedura.reports.model;

/** The outcome figures of one procedure type, group and protocol step. */
public record ResponderRow(GroupStep row, StepOutcome outcome) {}
