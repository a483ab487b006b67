package org.procedura.reports.model;

/**
 * What one protocol step of one group of procedures showed, with every denominator: the follow-ups
 * planned, done, lost and still open; completion (done of done and lost); NRS responders at 30 %
 * and 50 % (of those done with NRS against a baseline above 0); ODI or NDI past its minimal
 * important change (of those done with a baseline on the same scale); PGIC much or very much
 * improved (of those who answered it).
 */
public record StepOutcome(
    long planned,
    long done,
    long lost,
    long open,
    Rate completion,
    Rate nrs30,
    Rate nrs50,
    Rate disabilityImproved,
    Rate pgicImproved) {}
