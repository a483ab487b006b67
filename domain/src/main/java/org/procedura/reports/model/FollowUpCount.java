package org.procedura.reports.model;

import org.procedura.outcomes.model.FollowUpStatus;

/** How many follow-ups of a row stand in a status, and whether their window has closed. */
public record FollowUpCount(
    GroupStep row, FollowUpStatus status, boolean windowClosed, long count) {}
