package org.procedura.reports.model;

import java.util.List;

/**
 * Durable relief of one procedure type: of the procedures with a follow-up showing pain, how many
 * never reached 50 % relief, and over those that did, the Kaplan–Meier curve and median of how long
 * it lasted, with how many ended and how many are still lasting (censored).
 */
public record DurableReliefRow(
    String procedureType,
    int procedures,
    int withoutRelief,
    int cases,
    int ended,
    int censored,
    Long medianDays,
    List<KaplanMeier.Step> curve) {}
