package org.procedura.reports.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One referral's way through the clinic: received, first triaged, and the first consult and first
 * procedure booked from it that were completed; a step not reached is null.
 */
public record ReferralMilestones(
    LocalDate receivedOn, Instant triagedAt, Instant firstConsultAt, Instant firstProcedureAt) {}
