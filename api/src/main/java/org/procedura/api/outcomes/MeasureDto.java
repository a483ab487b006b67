package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * A score on a scale: NRS (0–10), PERCENT_RELIEF (0–100), PGIC (1 very much improved … 7 very much
 * worse) and MME (mg/day) as {@code value}; ODI (10 sections 0–5, null for an unanswered one, at
 * least 8 answered), NDI (10 items 0–5) and PEG (3 items 0–10) as {@code items}.
 */
public record MeasureDto(@NotNull Scale scale, BigDecimal value, List<Integer> items) {}
