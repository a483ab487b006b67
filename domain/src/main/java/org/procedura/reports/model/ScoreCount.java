package org.procedura.reports.model;

import java.math.BigDecimal;
import org.procedura.outcomes.model.Scale;

/**
 * How many done follow-ups of a row scored {@code score} on a scale against the procedure's {@code
 * baseline} on it (null for PGIC, which has none).
 */
public record ScoreCount(
    GroupStep row, Scale scale, BigDecimal baseline, BigDecimal score, long count) {}
