package org.procedura.api.outcomes;

import java.math.BigDecimal;

/**
 * A follow-up measure against the baseline on its scale: change (baseline − score), percent change
 * (relief, for pain) and whether it is clinically meaningful (null where the scale has none).
 */
public record AssessmentDto(
    Scale scale,
    BigDecimal baseline,
    BigDecimal score,
    BigDecimal change,
    BigDecimal percentChange,
    Boolean meaningful) {}
